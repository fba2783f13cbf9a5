using System.Net;
using Microsoft.Playwright;
using PortfolioAnalytics.Reports.Documents;

namespace PortfolioAnalytics.Reports.Rendering;

/// <summary>
/// Prints HTML to A4 PDF with Debian's Chromium through Playwright. The browser starts on the first document and stays
/// alive until disposed, so a batch of documents pays the start-up once. Never downloads a browser.
/// </summary>
internal sealed class PdfPrinter(string chromiumPath = Prerequisites.ChromiumPath) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <param name="footerLabel">Printed left of the page numbers; null = no footer at all (a parent letter).</param>
    public async Task<byte[]> PrintAsync(string html, string? footerLabel, bool landscape = false)
    {
        var browser = await BrowserAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
            // Wait for fonts, or the first pages may print with a fallback face.
            await page.EvaluateAsync("() => document.fonts.ready");
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                Landscape = landscape,
                PrintBackground = true,
                PreferCSSPageSize = false,
                DisplayHeaderFooter = footerLabel is not null,
                HeaderTemplate = "<span></span>",
                FooterTemplate = footerLabel is null ? "<span></span>" : Footer(footerLabel),
                Margin = new() { Top = "14mm", Bottom = "16mm", Left = "12mm", Right = "12mm" },
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static string Footer(string label) =>
        "<div style=\"width:100%;font-size:8pt;font-family:'Noto Sans CJK TC','WenQuanYi Zen Hei',sans-serif;" +
        "color:#555;padding:0 12mm;display:flex;justify-content:space-between\">" +
        $"<span>{WebUtility.HtmlEncode(label)}</span>" +
        "<span>第 <span class=\"pageNumber\"></span> 頁／共 <span class=\"totalPages\"></span> 頁</span></div>";

    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true }) return _browser;
        await _gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true }) return _browser;
            Prerequisites.RequireChromium(chromiumPath);
            Prerequisites.RequireChineseFont();
            _playwright ??= await Playwright.CreateAsync();
            try
            {
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = chromiumPath,
                    Headless = true,
                    Args = ChromiumArgs,
                });
            }
            catch (PlaywrightException e)
            {
                throw new ReportEnvironmentException(
                    $"無法啟動 Chromium（{chromiumPath}），無法產生 PDF。請確認已安裝：apt-get install chromium。原因：{FirstLine(e.Message)}", e);
            }
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _browser = null;
        _playwright = null;
        _gate.Dispose();
    }
}

using Microsoft.Playwright;

namespace PortfolioAnalytics.Dashboard.Tests.Fixtures;

/// <summary>Debian's headless Chromium (never a downloaded browser) and signing in through the login form.</summary>
public static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    /// <summary>A fresh 1280-pixel-wide zh-TW context signed in as <paramref name="user"/>.</summary>
    public static async Task<IPage> SignInPage(IBrowser browser, string baseUrl, string user, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, AcceptDownloads = true, Locale = "zh-TW", ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login");
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/Login", StringComparison.Ordinal));
        return page;
    }
}

using Microsoft.Playwright;

namespace PortfolioAnalytics.Dashboard.Tests.Fixtures;

/// <summary>The dashboard plus one headless Debian Chromium (never a downloaded browser) for a whole test class.</summary>
public sealed class BrowserFixture : DashboardFixture, IAsyncLifetime
{
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land here (bin/…/screenshots), one PNG per role and page.</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
    }

    /// <summary>A fresh browser context signed in through the login form as <paramref name="user"/>.</summary>
    public async Task<IPage> SignInPage(string user)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, AcceptDownloads = true, Locale = "zh-TW", ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login");
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", Password(user));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/Login", StringComparison.Ordinal));
        return page;
    }
}

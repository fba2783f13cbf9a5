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
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
    }

    /// <summary>A fresh browser context signed in through the login form as <paramref name="user"/>.</summary>
    public Task<IPage> SignInPage(string user) => Chromium.SignInPage(Browser, BaseUrl, user, Password(user));
}

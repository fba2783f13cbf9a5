using Microsoft.Playwright;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using static PortfolioAnalytics.Dashboard.Tests.Schools.TwoSchoolsFixture;

namespace PortfolioAnalytics.Dashboard.Tests.Schools;

/// <summary>Two schools and one Chromium for the bureau's screenshots.</summary>
public sealed class TwoSchoolsBrowserFixture : TwoSchoolsFixture, IAsyncLifetime
{
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
    }

    public Task<IPage> SignInPage(string user) => Chromium.SignInPage(Browser, BaseUrl, user, Password(user));
}

/// <summary>
/// 各校總覽 and a school opened from it, photographed at 1280 px (in the pages' screenshot folder): the Chinese renders
/// (the school names are on the page as text the browser laid out) and nothing scrolls sideways.
/// </summary>
[Trait("Speed", "Slow")]
public class BureauScreenshotTests(TwoSchoolsBrowserFixture host) : IClassFixture<TwoSchoolsBrowserFixture>
{
    [Fact]
    public async Task The_bureau_page_and_a_drilled_down_school_are_photographed_and_fit_1280_px()
    {
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var page = await host.SignInPage(BureauUser);
        page.Url.Should().EndWith("/Bureau", "the bureau lands on its roll-up");
        var wide = new List<string>();
        async Task Shoot(string name)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotTests.Folder, $"Bureau-{name}.png"), FullPage = true });
            var (scroll, client) = await ScreenshotTests.Widths(page);
            if (scroll > client) wide.Add($"{name} {page.Url}: {scroll} px > {client} px");
        }

        await Shoot("rollup");
        (await page.Locator("h1").InnerTextAsync()).Should().StartWith("各校總覽");
        (await page.Locator("table[data-table=schools]").InnerTextAsync()).Should().Contain(A.Config.Name).And.Contain(B.Config.Name);
        await page.GotoAsync("/Bureau?sem=111-1&asof=2023-01-20");
        await Shoot("rollup-111-1");

        await page.Locator("table[data-table=schools] a", new() { HasText = B.Config.Name }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Bureau", StringComparison.Ordinal));
        (await page.Locator("header .school").InnerTextAsync()).Should().Contain(B.Config.Name);
        await Shoot("school-overview");
        var phase = await page.Locator("table[data-table=phases] a").First.GetAttributeAsync("href");
        await page.GotoAsync(phase!);
        await Shoot("school-phase");
        await page.GotoAsync("/Teachers");
        await Shoot("school-teachers");

        await page.Locator("header a.back").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/Bureau", StringComparison.Ordinal));
        (await page.Locator("h1").InnerTextAsync()).Should().StartWith("各校總覽");
        await page.Context.CloseAsync();
        wide.Should().BeEmpty("no bureau view scrolls horizontally at 1280 px");
    }
}

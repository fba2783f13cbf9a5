using Microsoft.Playwright;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>
/// Every page each role may open, photographed at 1280 px wide for people to look at (kept by CI: the folder is
/// $PA_SCREENSHOTS, else bin/…/screenshots/pages), and none of them may scroll sideways at that width.
/// </summary>
[Trait("Speed", "Slow")]
public class ScreenshotTests(BrowserFixture host) : IClassFixture<BrowserFixture>
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("PA_SCREENSHOTS") is { Length: > 0 } env
        ? env
        : Path.Combine(AppContext.BaseDirectory, "screenshots", "pages");

    /// <summary>Each page in the views people use: the plain page and its drill-downs, and the charts' pages per phase.</summary>
    private static readonly (string Policy, string Name, string Path)[] Views =
    [
        (PageAccess.Overview, "overview", "/"),
        (PageAccess.Overview, "overview-all", "/?all=true"),
        (PageAccess.Phase, "phase-upload", $"/Phase?phase={FixedMetrics.Upload.Id}"),
        (PageAccess.Phase, "phase-upload-class", $"/Phase?phase={FixedMetrics.Upload.Id}&class=102"),
        (PageAccess.Phase, "phase-certification", $"/Phase?phase={FixedMetrics.Certify.Id}"),
        (PageAccess.Phase, "phase-attested", $"/Phase?phase={FixedMetrics.Training.Id}"),
        (PageAccess.Phase, "phase-unknown", "/Phase?phase=no-such-phase"),
        (PageAccess.Students, "students-missing", $"/Students?phase={FixedMetrics.Upload.Id}&status=missing"),
        (PageAccess.Students, "students-unknown-class", "/Students?class=999"),
        (PageAccess.Teachers, "teachers", "/Teachers"),
        (PageAccess.Teachers, "teachers-drill", "/Teachers?teacher=T900"),
        (PageAccess.FollowUp, "followup", "/FollowUp"),
        (PageAccess.Reports, "reports", "/Reports?kind=SelfCheck"),
        (PageAccess.Attest, "attest", "/Attest"),
        (PageAccess.Etl, "etl", "/Etl?load=1&reason=bad_national_id"),
        (PageAccess.Accounts, "accounts", "/Accounts"),
        (PageAccess.Bureau, "bureau", "/Bureau"),
    ];

    [Fact]
    public async Task Every_page_of_every_role_is_photographed_and_none_scrolls_sideways_at_1280_px()
    {
        Directory.CreateDirectory(Folder);
        var wide = new List<string>();
        var taken = 0;
        foreach (var (user, role, _) in DashboardFixture.Users)
        {
            var page = await host.SignInPage(user);
            page.ViewportSize!.Width.Should().Be(1280);
            foreach (var (policy, name, path) in Views.Where(v => PageAccess.Allows(v.Policy, role)))
            {
                var response = await page.GotoAsync(path);
                response!.Status.Should().Be(200, "{0} opens {1}", user, path);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{role}-{name}.png"), FullPage = true });
                taken++;
                var (scroll, client) = await Widths(page);
                if (scroll > client) wide.Add($"{role} {path}: {scroll} px > {client} px");
            }
            await page.Context.CloseAsync();
        }
        taken.Should().BeGreaterThan(DashboardFixture.Users.Length * 3);
        wide.Should().BeEmpty("no page scrolls horizontally at 1280 px");
    }

    [Fact]
    public async Task The_check_sees_a_page_wider_than_the_window()
    {
        var page = await host.SignInPage("admin");
        await page.GotoAsync("/");
        await page.SetViewportSizeAsync(400, 900);
        var (scroll, client) = await Widths(page);
        scroll.Should().BeGreaterThan(client, "the phases table does not fit 400 px, so the check must notice");
        await page.Context.CloseAsync();
    }

    internal static async Task<(int Scroll, int Client)> Widths(IPage page)
    {
        var w = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (w[0], w[1]);
    }
}

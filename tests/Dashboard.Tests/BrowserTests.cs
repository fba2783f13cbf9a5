using ClosedXML.Excel;
using Microsoft.Playwright;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>In headless Chromium: each role signs in, opens its pages (screenshot each), sees only its own menu.</summary>
[Trait("Speed", "Slow")]
public class BrowserTests(BrowserFixture host) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Each_role_opens_its_pages_and_only_those()
    {
        foreach (var (user, role, _) in DashboardFixture.Users)
        {
            var page = await host.SignInPage(user);
            var menu = await page.Locator("header nav a").AllInnerTextsAsync();
            menu.Should().BeEquivalentTo(PageAccess.Navigation.Where(n => PageAccess.Allows(n.Policy, role)).Select(n => n.Label),
                "{0} ({1}) sees only the pages it may open", user, role);
            foreach (var (policy, path) in TestPages.Paths)
            {
                var response = await page.GotoAsync(path);
                if (PageAccess.Allows(policy, role))
                {
                    response!.Status.Should().Be(200, "{0} opens {1}", user, path);
                    (await page.Locator("h1").InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
                    await page.ScreenshotAsync(new PageScreenshotOptions
                    {
                        Path = Path.Combine(host.Screenshots, $"{role}-{policy}.png"), FullPage = true,
                    });
                }
                else
                {
                    (await page.Locator("h1").InnerTextAsync()).Should().Be("無權限", "{0} ({1}) may not open {2}", user, role, path);
                }
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_overview_shows_the_metrics_numbers_and_its_table_downloads()
    {
        var page = await host.SignInPage("principal");
        await page.GotoAsync("/");
        var cards = await page.Locator(".card").AllInnerTextsAsync();
        var rows = await page.Locator("table[data-table=phases] tbody tr").AllInnerTextsAsync();
        foreach (var phase in host.Metrics.Phases(FixedMetrics.Sem))
        {
            var row = host.Metrics.Completion(new CompletionQuery(FixedMetrics.Sem, FixedMetrics.Today, Breakdown.Phase, phase.Id)).SingleOrDefault();
            var expected = row is null ? "0/0（—）" : Fmt.Ratio(row.Complete + row.Late, row.Population);
            rows.Should().Contain(r => r.Contains(phase.Title) && r.Contains(expected));
            if (phase != FixedMetrics.Training) cards.Should().Contain(c => c.Contains(phase.Title) && c.Contains(expected));
        }
        cards.Should().NotContain(c => c.Contains(FixedMetrics.Training.Title), "a phase ended six weeks ago is only in the table");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[data-export=phases]"));
        download.SuggestedFilename.Should().Be("各階段完成情形-111-1.xlsx");
        var file = Path.Combine(host.Dir.FullName, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        using var book = new XLWorkbook(file);
        book.Worksheet(1).RowsUsed().Should().Contain(r => r.Cell(1).GetString() == FixedMetrics.Upload.Title && r.Cell(8).GetValue<long>() == 2);

        // Drill down: the missing count of the upload phase lists exactly its students.
        await page.ClickAsync($"table[data-table=phases] tr:has-text('{FixedMetrics.Upload.Title}') td:nth-child(8) a");
        (await page.Locator("table[data-table=students] tbody tr").CountAsync()).Should().Be(2);
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("未完成");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Registry_staff_submit_an_attestation_through_the_form()
    {
        var page = await host.SignInPage("registry");
        await page.GotoAsync("/Attest");
        await page.SelectOptionAsync("select[name=FormPhase]", FixedMetrics.Training.Id);
        await page.FillAsync("input[name=DoneOn]", "111.10.28");
        await page.FillAsync("textarea[name=Note]", "十月份教師增能研習已辦理");
        await page.FillAsync("input[name=Attendance]", "37");
        await page.FillAsync("input[name=Evidence]", "https://school.test/training/2022-10");
        await page.ClickAsync("form[method=post] button[type=submit] >> text=登錄");
        await page.Locator("[role=status]").WaitForAsync();
        (await page.Locator("[role=status]").InnerTextAsync()).Should().Contain("已登錄「教師增能研習」");
        (await page.Locator("table[data-table=attestations]").InnerTextAsync()).Should().Contain("十月份教師增能研習已辦理").And.Contain("37");
        host.Metrics.Attestations(FixedMetrics.Sem).Should().Contain(a => a.AttendanceCount == 37 && a.AttestedBy == "registry 帳號");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "Registry-Attest-submitted.png"), FullPage = true });

        await page.ClickAsync("header form button");
        await page.WaitForURLAsync(u => u.Contains("/Login", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}

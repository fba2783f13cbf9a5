using Microsoft.Playwright;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests.Hardening;

/// <summary>In Chromium, under the Content-Security-Policy: no page breaks a rule, the stylesheet applies, previews frame.</summary>
[Trait("Speed", "Slow")]
public class BrowserPolicyTests(BrowserFixture host) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_page_renders_styled_with_no_policy_violation()
    {
        foreach (var user in new[] { "admin", "teacher900", "tutor101" })
        {
            var page = await host.SignInPage(user);
            var violations = new List<string>();
            page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(m.Text); };
            await page.AddInitScriptAsync("""
                document.addEventListener('securitypolicyviolation', e =>
                    console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));
                """);
            var role = DashboardFixture.Users.Single(u => u.User == user).Role;
            foreach (var (policy, path) in TestPages.Paths.Where(p => PageAccess.Allows(p.Key, role)))
            {
                var response = await page.GotoAsync(path);
                response!.Status.Should().Be(200, path);
                (await page.EvalOnSelectorAsync<string>("header", "h => getComputedStyle(h).backgroundColor"))
                    .Should().Be("rgb(26, 58, 92)", "site.css applies on {0}", path);
            }
            violations.Should().BeEmpty("{0}'s pages keep to the policy", user);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_heatmap_and_the_report_preview_work_under_the_policy()
    {
        var page = await host.SignInPage("principal");
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(m.Text); };
        await page.GotoAsync($"/Phase?phase={FixedMetrics.Upload.Id}");
        var cell = page.Locator("table.heat td").First;
        (await cell.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor")).Should().NotBe("rgba(0, 0, 0, 0)", "the heat colours come from site.css");

        await page.GotoAsync("/Reports?kind=SelfCheck");
        var frame = page.FrameLocator("iframe.preview");
        await frame.Locator("h1").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        (await frame.Locator("h1").First.InnerTextAsync()).Should().NotBeNullOrWhiteSpace("the preview is framed by the dashboard itself");
        violations.Should().BeEmpty();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "csp-reports.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Security;
using static PortfolioAnalytics.Dashboard.Tests.Schools.TwoSchoolsFixture;

namespace PortfolioAnalytics.Dashboard.Tests.Schools;

/// <summary>
/// Two schools in one warehouse: each school's accounts see their own school on every page and every download, and
/// nothing they can send (a query parameter, a cookie, the bureau's drill-down link) reaches the other's.
/// </summary>
public partial class SchoolScopeTests(TwoSchoolsFixture host) : IClassFixture<TwoSchoolsFixture>
{
    [Fact]
    public void Both_schools_are_in_the_one_warehouse_with_different_numbers()
    {
        var sums = Both.Select(s => Population(s)).ToList();
        sums.Should().OnlyContain(n => n > 0);
        sums[0].Should().NotBe(sums[1]);
        host.App.Services.GetRequiredService<SchoolRegistry>().All.Select(s => s.Code).Should().Equal(A.Code, B.Code);
    }

    [Theory]
    [InlineData("principal")]
    [InlineData("counsel")]
    [InlineData("tutor")]
    [InlineData("teacher")]
    [InlineData("registry")]
    public async Task A_school_account_sees_only_its_school_on_every_page_and_download(string role)
    {
        foreach (var (own, other) in new[] { (A, B), (B, A) })
        {
            var foreign = OnlyIn(other, own);
            foreign.Should().NotBeEmpty("{0} has students and staff {1} does not", other.Name, own.Name);
            var (client, cookies) = await SignIn(own.User(role));
            using var _ = client;
            var seen = 0;
            foreach (var path in Pages(own))
                foreach (var (url, cookie) in Tampered(path, other))
                {
                    // A cookie of the client's own making (chosen_school=…) rides along with the sign-in cookie.
                    if (cookie is not null) cookies.Add(new Uri(host.BaseUrl), new Cookie(cookie, other.Code));
                    var r = await client.GetAsync(url);
                    if (!PageAccess.Allows(Policy(path), RoleOf(role)))
                    {
                        r.StatusCode.Should().Be(HttpStatusCode.Found, url);
                        r.Headers.Location!.ToString().Should().Contain("/Denied", url);
                        continue;
                    }
                    r.StatusCode.Should().Be(HttpStatusCode.OK, url);
                    var html = await r.Content.ReadAsStringAsync();
                    html.Should().Contain(own.Config.Name, "{0} names {1}'s school in its header", url, role);
                    Leaks(html, foreign).Should().BeEmpty("{0} as {1}-{2} shows nothing of {3}", url, role, own.Key, other.Name);
                    if (url != path) continue;
                    foreach (var download in Downloads(html))
                    {
                        var x = await client.GetAsync(download);
                        x.StatusCode.Should().Be(HttpStatusCode.OK, download);
                        Leaks(Text(await x.Content.ReadAsByteArrayAsync()), foreign).Should().BeEmpty("{0} holds nothing of {1}", download, other.Name);
                        seen++;
                    }
                }
            if (role is "principal" or "counsel") seen.Should().BeGreaterThan(3, "{0} downloads tables", role);
            // The bureau's drill-down is not a school account's: refused, and the school stays their own.
            (await client.GetAsync($"/Bureau?handler=Open&school={other.Code}")).Headers.Location!.ToString().Should().Contain("/Denied");
        }
    }

    /// <summary>The overview's phase table of a school, as its principal downloads it, equals its own metrics.</summary>
    [Fact]
    public async Task Each_principal_s_overview_counts_are_their_school_s_own_metrics()
    {
        foreach (var school in Both)
        {
            using var principal = await host.SignIn(school.User("principal"));
            var rows = Rows(await principal.GetByteArrayAsync("/?export=phases"));
            rows.Sum(r => N(r["應完成"])).Should().Be(Population(school));
        }
    }

}

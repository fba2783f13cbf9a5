using System.Net;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>Each role opens exactly the pages it may; a 導師 sees only the students in their class on the as-of day.</summary>
public class AccessTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Anonymous_users_are_sent_to_the_login_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var response = await client.GetAsync("/");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Login");
    }

    [Fact]
    public async Task A_wrong_password_is_refused()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var form = await client.GetStringAsync("/Login");
        var response = await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "principal", ["Password"] = "wrong", ["__RequestVerificationToken"] = DashboardFixture.Token(form),
        }));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("帳號或密碼錯誤");
    }

    [Fact]
    public async Task Each_role_opens_exactly_its_pages()
    {
        foreach (var (user, role, _) in DashboardFixture.Users)
        {
            using var client = await host.SignIn(user);
            foreach (var (policy, path) in TestPages.Paths)
            {
                var response = await client.GetAsync(path);
                var allowed = PageAccess.Allows(policy, role);
                if (allowed)
                    response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} ({1}) may open {2}", user, role, path);
                else
                    response.StatusCode.Should().BeOneOf([HttpStatusCode.Redirect, HttpStatusCode.Forbidden], "{0} ({1}) may not open {2}", user, role, path);
            }
        }
    }

    [Fact]
    public async Task Every_form_that_posts_carries_an_antiforgery_token()
    {
        using var admin = await host.SignIn("admin");
        foreach (var path in TestPages.Paths.Values)
        {
            var html = await admin.GetStringAsync(path);
            foreach (System.Text.RegularExpressions.Match form in System.Text.RegularExpressions.Regex.Matches(
                         html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", System.Text.RegularExpressions.RegexOptions.Singleline))
                form.Groups[1].Value.Should().Contain("__RequestVerificationToken", "every POST form on {0}", path);
        }
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests.Hardening;

/// <summary>A session ends with its account: logout, a new password or role, and disabling end every cookie of it.</summary>
public class SessionTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task After_logout_the_old_cookie_gets_the_login_page_in_every_browser_of_the_account()
    {
        var cookies = new CookieContainer();
        using var first = await SignIn("counsel", cookies);
        using var second = await host.SignIn("counsel");
        (await first.GetAsync("/FollowUp")).StatusCode.Should().Be(HttpStatusCode.OK);
        var oldCookie = cookies.GetCookieHeader(new Uri(host.BaseUrl));

        var logoutForm = await first.GetStringAsync("/FollowUp");
        var logout = await first.PostAsync("/Logout", Form(logoutForm));
        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);

        await ShouldBeSentToLogin(second, "/FollowUp");
        using var replay = WithCookie(oldCookie);
        await ShouldBeSentToLogin(replay, "/FollowUp");
        Audit().Should().Contain(e => e.Event == "sign-out" && e.UserName == "counsel");
    }

    [Fact]
    public async Task An_administrator_changing_an_accounts_role_or_password_ends_its_sessions()
    {
        using var admin = await host.SignIn("admin");
        using var user = await host.SignIn("tutor102");
        (await user.GetAsync("/FollowUp")).StatusCode.Should().Be(HttpStatusCode.OK);

        var save = await admin.PostAsync("/Accounts", Form(await admin.GetStringAsync("/Accounts"), new()
        {
            ["NewUser"] = "tutor102", ["NewDisplay"] = "tutor102 帳號", ["NewRole"] = "Counseling", ["NewPassword"] = DashboardFixture.Password("tutor102"),
        }));
        save.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ShouldBeSentToLogin(user, "/FollowUp");

        using var again = await host.SignIn("tutor102");
        (await again.GetAsync("/Etl")).StatusCode.Should().NotBe(HttpStatusCode.OK, "a 輔導中心 may not open ETL 狀態");
        var reset = await admin.PostAsync("/Accounts", Form(await admin.GetStringAsync("/Accounts"), new()
        {
            ["NewUser"] = "tutor102", ["NewDisplay"] = "tutor102 帳號", ["NewRole"] = "Tutor", ["NewStaffNo"] = "T102",
            ["NewPassword"] = DashboardFixture.Password("tutor102"),
        }));
        reset.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ShouldBeSentToLogin(again, "/FollowUp");
        Audit().Should().Contain(e => e.Event == "account-saved" && e.UserName == "tutor102" && e.Actor == "admin");
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_and_its_sign_ins()
    {
        using var admin = await host.SignIn("admin");
        using var user = await host.SignIn("registry");
        (await user.GetAsync("/Etl")).StatusCode.Should().Be(HttpStatusCode.OK);
        try
        {
            var disable = await admin.PostAsync("/Accounts?handler=Disable", Form(await admin.GetStringAsync("/Accounts"), new() { ["DisableUser"] = "registry" }));
            disable.StatusCode.Should().Be(HttpStatusCode.Redirect);
            await ShouldBeSentToLogin(user, "/Etl");
            (await admin.GetStringAsync("/Accounts")).Should().Contain("停用帳號");
            Audit().Should().Contain(e => e.Event == "account-disabled" && e.UserName == "registry" && e.Actor == "admin");

            using var anonymous = WithCookie(null);
            var form = await anonymous.GetStringAsync("/Login");
            var refused = await anonymous.PostAsync("/Login", Form(form, new() { ["UserName"] = "registry", ["Password"] = DashboardFixture.Password("registry") }));
            (await refused.Content.ReadAsStringAsync()).Should().Contain("帳號或密碼錯誤");
        }
        finally
        {
            host.App.Services.GetRequiredService<Security.AccountStore>().Save(
                new Security.Account("registry", "registry 帳號", Security.Role.Registry, null, null), DashboardFixture.Password("registry"));
        }
    }

    [Fact]
    public async Task A_cookie_for_the_same_account_signed_in_again_stays_valid()
    {
        using var first = await host.SignIn("principal");
        using var second = await host.SignIn("principal");
        (await first.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "signing in elsewhere does not end this session");
        (await second.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task ShouldBeSentToLogin(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the session of {0} has ended", path);
        response.Headers.Location!.ToString().Should().Contain("/Login");
    }

    private async Task<HttpClient> SignIn(string user, CookieContainer cookies)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var response = await client.PostAsync("/Login", Form(await client.GetStringAsync("/Login"),
            new() { ["UserName"] = user, ["Password"] = DashboardFixture.Password(user) }));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    private HttpClient WithCookie(string? cookie)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = cookie is null, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static FormUrlEncodedContent Form(string html, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = DashboardFixture.Token(html);
        return new FormUrlEncodedContent(fields);
    }

    private IReadOnlyList<Security.AuditEntry> Audit() => host.App.Services.GetRequiredService<Security.SecurityAudit>().Recent(1000);
}

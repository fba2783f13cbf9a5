using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests.Hardening;

/// <summary>Repeated wrong passwords lock the account name (and the address), with back-off, in the audit log.</summary>
public class LockoutTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task The_31st_wrong_password_in_a_minute_is_refused_without_checking_even_when_right()
    {
        using var client = Anonymous(host);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
            answers.Add((await TrySignIn(client, "principal", "wrong-" + i)).StatusCode);
        answers.Take(4).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK), "the first failures are answered normally");
        answers.Skip(5).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.TooManyRequests), "from the 6th try the name is locked");

        var right = await TrySignIn(client, "principal", DashboardFixture.Password("principal"));
        right.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "while locked even the right password is not checked");
        right.Headers.RetryAfter.Should().NotBeNull();
        (await right.Content.ReadAsStringAsync()).Should().Contain("登入失敗次數過多，請於").And.Contain("後再試");

        var audit = host.App.Services.GetRequiredService<SecurityAudit>().Recent(1000).Where(e => e.UserName == "principal").ToList();
        audit.Count(e => e.Event == SecurityAudit.SignInFailed).Should().Be(5);
        audit.Should().Contain(e => e.Event == SecurityAudit.Lockout && e.Detail!.Contains("鎖定"));
        audit.Count(e => e.Event == SecurityAudit.SignInLocked).Should().Be(26);
        audit.Should().NotContain(e => e.Event == SecurityAudit.SignIn);
    }

    [Fact]
    public async Task Other_accounts_still_sign_in_while_one_name_is_locked()
    {
        using var client = Anonymous(host);
        for (var i = 0; i < 6; i++) await TrySignIn(client, "tutor101", "wrong");
        (await TrySignIn(client, "tutor101", DashboardFixture.Password("tutor101"))).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await TrySignIn(client, "tutor102", DashboardFixture.Password("tutor102"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    internal static HttpClient Anonymous(DashboardFixture host) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };

    internal static async Task<HttpResponseMessage> TrySignIn(HttpClient client, string user, string password) =>
        await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = DashboardFixture.Token(await client.GetStringAsync("/Login")),
        }));
}

/// <summary>One client address trying many names is locked too (its own server: the lock would hold up other tests).</summary>
public class AddressLockoutTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Twenty_failures_from_one_address_lock_it_for_every_name()
    {
        using var client = LockoutTests.Anonymous(host);
        for (var i = 0; i < 20; i++)
            (await LockoutTests.TrySignIn(client, $"guess{i}", "wrong")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await LockoutTests.TrySignIn(client, "counsel", DashboardFixture.Password("counsel"))).StatusCode
            .Should().Be(HttpStatusCode.TooManyRequests, "the address is locked, whatever name it tries");
        host.App.Services.GetRequiredService<SecurityAudit>().Recent(1000)
            .Should().Contain(e => e.Event == SecurityAudit.Lockout && e.Client == "127.0.0.1");
    }
}

/// <summary>The lock's back-off on a clock the test moves.</summary>
public class SignInThrottleTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Each_failure_after_the_limit_doubles_the_lock_and_a_quiet_window_forgets()
    {
        var time = new ManualTime();
        var throttle = new SignInThrottle(new LockoutSettings(), time);
        for (var i = 0; i < 4; i++) throttle.Failed("t", "10.0.0.1").Should().BeNull();
        throttle.Failed("t", "10.0.0.1").Should().Be(TimeSpan.FromSeconds(30));
        throttle.Refusal("t", "10.0.0.2").Should().Be(TimeSpan.FromSeconds(30), "the name is locked from any address");
        throttle.Refusal("u", "10.0.0.1").Should().BeNull("five failures do not lock the address");

        time.Now += TimeSpan.FromSeconds(31);
        throttle.Refusal("t", "10.0.0.1").Should().BeNull();
        throttle.Failed("t", "10.0.0.1").Should().Be(TimeSpan.FromSeconds(60));
        time.Now += TimeSpan.FromSeconds(61);
        throttle.Failed("t", "10.0.0.1").Should().Be(TimeSpan.FromSeconds(120));
        for (var i = 0; i < 10; i++)
        {
            time.Now += TimeSpan.FromSeconds(1);
            throttle.Failed("t", "10.0.0.1");
        }
        throttle.Refusal("t", "10.0.0.1").Should().BeLessThanOrEqualTo(TimeSpan.FromMinutes(15), "the lock is capped");

        time.Now += TimeSpan.FromMinutes(16);
        throttle.Refusal("t", "10.0.0.1").Should().BeNull();
        throttle.Failed("t", "10.0.0.1").Should().BeNull("a window without failures starts over");
    }

    [Fact]
    public void A_right_password_clears_the_names_count_but_not_the_addresss()
    {
        var throttle = new SignInThrottle(new LockoutSettings { AddressFailures = 6 }, new ManualTime());
        for (var i = 0; i < 4; i++) throttle.Failed("t", "10.0.0.1");
        throttle.Succeeded("t");
        throttle.Failed("t", "10.0.0.1").Should().BeNull("the name's count started over");
        throttle.Failed("t", "10.0.0.1").Should().Be(TimeSpan.FromSeconds(30), "the address has failed six times");
    }
}

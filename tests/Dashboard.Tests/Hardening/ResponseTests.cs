using System.Net;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests.Hardening;

/// <summary>Security headers on every response, a zh-TW 400 page for every bad parameter, never a 500, 405 for other methods.</summary>
public class ResponseTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var anonymous = LockoutTests.Anonymous(host);
        using var admin = await host.SignIn("admin");
        var responses = new List<(string, HttpResponseMessage)>
        {
            ("/Login", await anonymous.GetAsync("/Login")),
            ("/", await anonymous.GetAsync("/")),
            ("/site.css", await anonymous.GetAsync("/site.css")),
            ("/no-such-page", await admin.GetAsync("/no-such-page")),
            ("TRACE /", await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Trace, "/"))),
            ("/?asof=0000-01-01", await admin.GetAsync("/?asof=0000-01-01")),
        };
        foreach (var path in TestPages.Paths.Values) responses.Add((path, await admin.GetAsync(path)));
        foreach (var (what, r) in responses)
        {
            r.Headers.GetValues("Content-Security-Policy").Single().Should().Be(SecurityHeaders.Policy, what);
            r.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff", what);
            r.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer", what);
            r.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY", what);
        }
        SecurityHeaders.Policy.Should().Contain("frame-ancestors 'none'").And.Contain("default-src 'none'").And.NotContain("unsafe");
    }

    [Fact]
    public async Task Pages_hold_no_script_and_no_inline_style_so_the_policy_leaves_them_whole()
    {
        using var admin = await host.SignIn("admin");
        var pages = TestPages.Paths.Values.Append("/Login").Append($"/Phase?phase={FixedMetrics.Upload.Id}").Append("/Findings");
        foreach (var path in pages)
        {
            var html = await admin.GetStringAsync(path);
            html.Should().NotContain("<script", path).And.NotContain("<style", path).And.NotContain(" style=", path)
                .And.NotMatchRegex(" on[a-z]+=\"", path);
        }
        var css = await admin.GetAsync("/site.css");
        css.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
        (await css.Content.ReadAsStringAsync()).Should().Contain(".heat td.h10");
    }

    [Fact]
    public async Task The_report_preview_may_be_framed_by_the_dashboard_only()
    {
        using var principal = await host.SignIn("principal");
        var r = await principal.GetAsync("/Reports?kind=SelfCheck&handler=Html");
        r.Headers.GetValues("Content-Security-Policy").Single().Should().Be(SecurityHeaders.FramedDocumentPolicy);
        r.Headers.GetValues("X-Frame-Options").Single().Should().Be("SAMEORIGIN");
        SecurityHeaders.FramedDocumentPolicy.Should().Contain("default-src 'none'").And.NotContain("script");
    }

    public static TheoryData<string, string> BadParameters => new()
    {
        { "/?asof=0000-01-01", "年份不存在" },
        { "/?asof=9999-12-32", "基準時間「9999-12-32」" },
        { "/?asof=99999-01-01", "基準時間「99999-01-01」" },
        { "/?asof=9999-12-31", "超出可用範圍" },
        { "/?asof=1900-01-01", "超出可用範圍" },
        { "/?asof=111.02.30", "只有 28 天" },
        { "/?asof=abc", "格式無法辨識" },
        { "/?sem=abc", "學期「abc」格式應為 111-1" },
        { "/?sem=999999999999-1", "學期" },
        { $"/Students?phase={FixedMetrics.Upload.Id}&grade=abc", "參數「grade」" },
        { $"/Students?phase={FixedMetrics.Upload.Id}&grade=99999999999", "參數「grade」" },
        { $"/Students?phase={FixedMetrics.Upload.Id}&status=nope", "狀態「nope」不存在" },
        { "/Etl?load=abc", "參數「load」" },
        { "/?export=nope", "沒有名為「nope」的表格" },
        { "/Reports?kind=Nope", "報表種類「Nope」不存在" },
        { "/Reports?kind=SelfCheck&handler=File&format=docx", "檔案格式「docx」不存在" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task A_bad_parameter_gets_a_zh_TW_400_page_naming_it(string url, string reason)
    {
        using var admin = await host.SignIn("admin");
        var r = await admin.GetAsync(url);
        var html = await r.Content.ReadAsStringAsync();
        r.StatusCode.Should().Be(HttpStatusCode.BadRequest, url);
        r.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("<h1>網址參數有誤</h1>", url).And.Contain(reason, url);
    }

    [Fact]
    public async Task No_input_in_any_parameter_of_any_page_gets_a_500()
    {
        string[] values =
        [
            "0000-01-01", "0001-01-01", "9999-12-31", "-1", "0", "99999999999999999999", "１１１-１", "Ａ１２３４５６７８９",
            "<script>alert(1)</script>", "' OR 1=1 --", "%00", "\u0000", "..%2F..%2Fetc%2Fpasswd", new string('9', 5000), "",
        ];
        string[] parameters = ["sem", "asof", "phase", "grade", "class", "teacher", "status", "export", "load", "reason", "kind", "handler", "format"];
        using var admin = await host.SignIn("admin");
        var failures = new List<string>();
        foreach (var page in new[] { "/", "/Phase", "/Students", "/Teachers", "/FollowUp", "/Reports", "/Attest", "/Etl", "/Accounts", "/Bureau" })
            foreach (var p in parameters)
                foreach (var v in values)
                {
                    var url = $"{page}?{p}={Uri.EscapeDataString(v)}";
                    var r = await admin.GetAsync(url);
                    if ((int)r.StatusCode >= 500) failures.Add($"{url[..Math.Min(url.Length, 80)]} → {(int)r.StatusCode}");
                }
        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("PROPFIND")]
    public async Task Other_methods_than_GET_HEAD_and_POST_get_405(string method)
    {
        using var anonymous = LockoutTests.Anonymous(host);
        using var admin = await host.SignIn("admin");
        foreach (var (client, path) in new[] { (anonymous, "/"), (anonymous, "/Login"), (admin, "/Accounts"), (admin, "/no-such-page") })
        {
            var r = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            r.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, "{0} {1}", method, path);
            r.Content.Headers.Allow.Should().BeEquivalentTo(["GET", "HEAD", "POST"]);
            if (method != "HEAD") (await r.Content.ReadAsStringAsync()).Should().Contain("不支援此操作");
        }
    }

    [Fact]
    public async Task A_form_posted_without_its_token_gets_a_zh_TW_page()
    {
        using var admin = await host.SignIn("admin");
        var r = await admin.PostAsync("/Accounts", new FormUrlEncodedContent(new Dictionary<string, string> { ["NewUser"] = "x" }));
        r.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await r.Content.ReadAsStringAsync()).Should().Contain("表單無法送出");
    }
}

using System.Net;
using PortfolioAnalytics.Dashboard.Pages;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>Words on the pages a person reads: schedules, kinds, unknown filters, risk reasons, 0/0 rows.</summary>
public sealed class PagesForPeopleTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Theory]
    [InlineData("0 0 2 * * ?", "每日 02:00")]
    [InlineData("0 0 7 ? * MON", "每週一 07:00")]
    [InlineData("0 30 3 * * ?", "每日 03:30")]
    [InlineData("0 0 6 1 * ?", "每月 1 日 06:00")]
    [InlineData("0 15 * * * ?", "每小時 15 分")]
    [InlineData("0 0 7,19 ? * MON-FRI", "每週一至五 07:00、19:00")]
    [InlineData("0 0 */4 * * ?", "每日每 4 小時（0 分）")]
    [InlineData("0 0 2 L * ?", "cron：0 0 2 L * ?")]
    [InlineData("每個階段截止時", "每個階段截止時")]
    public void Schedules_read_as_words(string cron, string words) => EtlWords.Schedule(cron).Should().Be(words);

    [Fact]
    public void Kinds_read_in_chinese() => EtlWords.Kinds("artifacts、selections、mystery").Should().Be("課程學習成果、勾選、mystery");

    [Theory]
    [InlineData("/Students?class=999", "沒有「999」班")]
    [InlineData("/Phase?phase=no-such-phase", "沒有代號為「no-such-phase」的階段")]
    [InlineData("/FollowUp?grade=12", "沒有 12 年級的班級")]
    [InlineData("/Teachers?teacher=T999", "教師「T999」")]
    public async Task An_unknown_filter_is_said_on_the_page(string path, string words)
    {
        using var client = await host.SignIn("admin");
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("class=\"problem\"").And.Contain(words);
    }

    [Fact]
    public async Task An_unknown_phase_shows_no_other_phase()
    {
        using var client = await host.SignIn("admin");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Phase?phase=no-such-phase"));
        html.Should().NotContain("data-table=\"classes\"><thead><tr><th>年級</th>").And.NotContain("完成率隨時間變化");
    }

    [Fact]
    public async Task Every_warning_says_its_reason()
    {
        using var client = await host.SignIn("admin");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/FollowUp"));
        html.Should().Contain("<th>等級原因</th>").And.Contain("警示：逾期未完成 1 個階段");
        html.Should().Contain("<td class=\"name\">甲生</td>".Replace("甲生", "丁生"), "names never break inside");
    }

    [Fact]
    public async Task A_tutor_sees_no_0_of_0_phase_unless_asked()
    {
        using var client = await host.SignIn("tutor102");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        html.Should().NotContain(FixedMetrics.Training.Title).And.Contain("顯示全部階段");
        WebUtility.HtmlDecode(await client.GetStringAsync("/?all=true")).Should().Contain(FixedMetrics.Training.Title);
    }
}

public sealed class PhaseCountLinkTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task An_attested_items_counts_link_to_no_empty_list()
    {
        using var client = await host.SignIn("admin");
        var html = await client.GetStringAsync($"/Phase?phase={FixedMetrics.Training.Id}");
        html.Should().Contain("應完成").And.NotContain("/Students?", "an attested item has no members to list");
        var upload = await client.GetStringAsync($"/Phase?phase={FixedMetrics.Upload.Id}");
        upload.Should().Contain("/Students?");
    }
}

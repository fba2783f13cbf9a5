using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>稽核發現: a count per kind, each count opening exactly its rows, the same rows as XLSX.</summary>
public partial class FindingsPageTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [GeneratedRegex("<a href=\"([^\"]+)\" data-kind=\"([^\"]*)\">([0-9,]+)</a>")]
    private static partial Regex CountLink();

    [GeneratedRegex("<table data-table=\"findings\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex FindingsBody();

    private static int Rows(string html)
    {
        var body = FindingsBody().Match(html).Groups[1].Value;
        return body.Contains("（沒有資料）", StringComparison.Ordinal) ? 0 : Regex.Count(body, "<tr>");
    }

    [Fact]
    public async Task Each_count_opens_exactly_its_rows_and_downloads_them()
    {
        using var principal = await host.SignIn("principal");
        var html = await principal.GetStringAsync("/Findings");
        html.Should().Contain("稽核發現：111學年度第1學期").And.Contain("本學期尚無課程諮詢紀錄");
        var links = CountLink().Matches(html).Select(m => (Href: WebUtility.HtmlDecode(m.Groups[1].Value), Kind: m.Groups[2].Value,
            Count: int.Parse(m.Groups[3].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))).ToList();
        links.Select(l => l.Kind).Should().Equal([.. FindingKinds.All, ""]);
        links[^1].Count.Should().Be(links.SkipLast(1).Sum(l => l.Count));
        links.Single(l => l.Kind == FindingKinds.NoCounseling).Count.Should().BeGreaterThan(0, "nobody in the small school has a counseling record");

        foreach (var (href, kind, count) in links)
        {
            var page = await principal.GetStringAsync(href);
            Rows(page).Should().Be(count, "the rows behind {0}", kind);
            var bytes = await principal.GetByteArrayAsync(href + (href.Contains('?') ? "&" : "?") + "export=findings");
            using var book = new XLWorkbook(new MemoryStream(bytes));
            var data = book.Worksheet(1).RowsUsed().SkipWhile(r => r.Cell(1).GetString() != "種類").Skip(1).ToList();
            data.Should().HaveCount(count, "the XLSX behind {0}", kind);
            if (kind.Length > 0 && count > 0) data.Should().OnlyContain(r => r.Cell(1).GetString() == FindingKinds.ToChinese(kind));
        }
    }

    [Fact]
    public async Task Each_finding_names_its_rule_and_what_to_do()
    {
        using var counsel = await host.SignIn("counsel");
        var html = await counsel.GetStringAsync("/Findings?kind=no-counseling");
        html.Should().Contain("每位學生每學期至少應有 1 筆課程諮詢紀錄").And.Contain("請課程諮詢教師於學期結束前完成諮詢並登錄紀錄");
        html.Should().Contain("S001 甲生（101）");
    }

    [Fact]
    public async Task An_unknown_kind_shows_every_finding_with_a_note()
    {
        using var admin = await host.SignIn("admin");
        var html = await admin.GetStringAsync("/Findings?kind=nope");
        html.Should().Contain("沒有「nope」這種稽核發現，改顯示全部");
    }

    [Fact]
    public async Task Only_the_roles_that_see_the_whole_school_have_the_page_in_their_navigation()
    {
        using var tutor = await host.SignIn("tutor101");
        (await tutor.GetStringAsync("/")).Should().NotContain("稽核發現");
        using var principal = await host.SignIn("principal");
        (await principal.GetStringAsync("/")).Should().Contain(">稽核發現</a>");
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using PortfolioAnalytics.Dashboard.Export;

namespace PortfolioAnalytics.Dashboard.Tests.MeetingReady;

/// <summary>The demo as <c>portfolio demo</c> serves it: documents appear on the Reports page as they are written,
/// every workbook (documents and downloads) is fit for Excel, the letters follow the page's filters.</summary>
[Trait("Speed", "Slow")]
public sealed partial class DemoServeTests(DemoServeFixture demo) : IClassFixture<DemoServeFixture>
{
    [Fact]
    public async Task The_reports_page_lists_the_documents_as_they_finish()
    {
        var page = await demo.SignInPage("principal");
        await page.GotoAsync("/Reports");
        var rows = page.Locator("table[data-table=documents] tbody tr");
        (await rows.CountAsync()).Should().Be(12, "two semesters of six documents each");
        if (!demo.Documents.Finished)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(demo.Screenshots, "Reports-documents-writing.png"), FullPage = true });

        await demo.DocumentsFinished();
        await page.GotoAsync("/Reports");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(demo.Screenshots, "Reports-documents-done.png"), FullPage = true });
        (await page.Locator("table[data-table=documents] tr[data-state=Done] a").CountAsync()).Should().Be(12);
        (await page.Locator("meta[http-equiv=refresh]").CountAsync()).Should().Be(0, "the page stops refreshing once every document is written");

        using var client = await demo.SignIn("principal");
        var href = await page.Locator("table[data-table=documents] a").First.GetAttributeAsync("href");
        var pdf = await client.GetByteArrayAsync(href);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 4).Should().Be("%PDF");
        (await client.GetAsync("/Reports?handler=Written&file=../warehouse.duckdb")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/Reports?handler=Written&file=warehouse.duckdb")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_workbook_the_demo_writes_is_fit_for_excel()
    {
        await demo.DocumentsFinished();
        var files = Directory.GetFiles(demo.Request.ReportsDir, "*.xlsx", SearchOption.AllDirectories);
        files.Should().HaveCount(6, "self-check, awards and follow-up for 111-1 and 111-2");
        var found = files.Select(f => ExcelChecks.Check(File.ReadAllBytes(f), Path.GetFileName(f))).ToList();
        found.Sum(f => f.Percent).Should().BeGreaterThan(0, "the rates are percentages");
        found.Sum(f => f.Integer).Should().BeGreaterThan(0, "the counts are integers");
        found.Sum(f => f.RocDate).Should().BeGreaterThan(0, "the dates read 112.05.20");
    }

    [Fact]
    public async Task Every_xlsx_the_dashboard_downloads_is_fit_for_excel()
    {
        using var admin = await demo.SignIn("admin");
        var pages = new List<string> { "/", "/Teachers", "/FollowUp", "/Etl", "/Etl?load=1", "/Attest", "/Accounts" };
        var overview = await admin.GetStringAsync("/");
        pages.Add(Links(overview).First(l => l.StartsWith("/Phase?", StringComparison.Ordinal)));
        pages.Add(Links(overview).First(l => l.StartsWith("/Students?", StringComparison.Ordinal)));
        pages.Add($"/Teachers?teacher={demo.StaffNo("teacher")}");

        var downloads = new HashSet<string>();
        foreach (var p in pages)
        {
            var response = await admin.GetAsync(p);
            response.StatusCode.Should().Be(HttpStatusCode.OK, p);
            foreach (var link in Links(await response.Content.ReadAsStringAsync()).Where(l => l.Contains("export=", StringComparison.Ordinal)))
                downloads.Add(link);
        }
        downloads.Add("/Reports?kind=SelfCheck&handler=File&format=xlsx");
        downloads.Add("/Reports?kind=Awards&handler=File&format=xlsx");
        downloads.Select(d => Regex.Match(d, "export=([a-z]+)").Groups[1].Value).Where(k => k.Length > 0).Should()
            .Contain(["phases", "classes", "students", "teachers", "followup", "loads", "reasons", "history", "attestations", "accounts"]);

        var found = new List<ExcelChecks.Found>();
        foreach (var d in downloads)
        {
            var response = await admin.GetAsync(d);
            response.Content.Headers.ContentType!.MediaType.Should().Be(XlsxExport.ContentType, d);
            found.Add(ExcelChecks.Check(await response.Content.ReadAsByteArrayAsync(), d));
        }
        found.Sum(f => f.Percent).Should().BeGreaterThan(0);
        found.Sum(f => f.Integer).Should().BeGreaterThan(0);
        found.Sum(f => f.RocDate).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task The_letters_follow_every_filter_of_the_follow_up_page()
    {
        using var principal = await demo.SignIn("principal");
        var all = await Listed(principal, "");
        var grade10 = await Listed(principal, "grade=10");
        var warning10 = await Listed(principal, "grade=10&status=warning");
        grade10.Count.Should().BeGreaterThan(0).And.BeLessThan(all.Count);

        foreach (var (filter, listed) in new[] { ("grade=10", grade10), ("grade=10&status=warning", warning10) })
        {
            var page = await principal.GetStringAsync($"/FollowUp?{filter}");
            var letters = WebUtility.HtmlDecode(Regex.Match(page, "href=\"([^\"]*handler=Letters[^\"]*)\"").Groups[1].Value);
            foreach (var part in filter.Split('&')) letters.Should().Contain(part, "the letters link carries the page's filter");
            var text = PdfText(await principal.GetByteArrayAsync(letters));
            // The default letter names the student, not their number; names two students share are left out.
            foreach (var name in listed)
                text.Should().Contain(name, "the page lists {0} under {1}, so they get a letter", name, filter);
            foreach (var name in all.Except(listed))
                text.Should().NotContain(name, "the page does not list {0} under {1}", name, filter);
        }
    }

    /// <summary>The names of the students the 追蹤名單 lists under a filter (from its own XLSX download).</summary>
    private static async Task<IReadOnlyList<string>> Listed(HttpClient client, string filter)
    {
        var bytes = await client.GetByteArrayAsync($"/FollowUp?{filter}{(filter.Length > 0 ? "&" : "")}export=followup");
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        var header = sheet.SheetView.SplitRow;
        return sheet.RowsUsed().Where(r => r.RowNumber() > header && sheet.Cell(r.RowNumber(), 2).GetString().Length > 0)
            .Select(r => r.Cell(2).GetString()).ToList();
    }

    private static string PdfText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<string> Links(string html) =>
        HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.StartsWith('/'));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}

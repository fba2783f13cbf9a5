using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;
using Xunit.Abstractions;

namespace PortfolioAnalytics.Dashboard.Tests.Consistency;

/// <summary>
/// One truth, checked end to end on the demo school: at four moments around a certification deadline (a day before,
/// at it, a minute after, and the export moment), every phase × class and phase × teacher count is the same in the
/// command line's JSON, the dashboard's pages (HTML), their XLSX downloads, the drill-down lists behind the counts
/// and the documents' JSON.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class ConsistencyTests(DemoSchoolFixture demo, ITestOutputHelper output) : IClassFixture<DemoSchoolFixture>
{
    private static readonly Semester Semester = new(111, 2);
    private int _cells;

    [Fact]
    public async Task Every_surface_shows_the_same_counts_at_every_moment()
    {
        using var principal = await demo.SignIn("principal");
        var deadline = Deadline();
        var moments = new[] { deadline.AddDays(-1), deadline, deadline.AddMinutes(1), DemoSchoolFixture.ExportedAt };
        foreach (var moment in moments)
        {
            var asOf = moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            var byPhase = Cli("phase", asOf).ToDictionary(r => r.Phase, r => r.Counts);
            var byClass = Cli("class", asOf).ToDictionary(r => (r.Phase, r.Key), r => r.Counts);
            var byTeacher = Cli("teacher", asOf).ToDictionary(r => (r.Phase, r.Key), r => r.Counts);

            await Documents(moment, byPhase, byTeacher);
            await Overview(principal, asOf, byPhase, drillDown: moment >= deadline.AddMinutes(1));
            foreach (var phase in Phases().Where(p => CompletionMetrics.MemberKinds.Contains(p.Kind)))
                await PhasePage(principal, asOf, phase, byClass);
            await Teachers(principal, asOf, byTeacher, drillDown: moment == DemoSchoolFixture.ExportedAt);
        }
        output.WriteLine($"compared {_cells:N0} (surface, phase, group) cells at {moments.Length} moments");
        _cells.Should().BeGreaterThan(1000);
    }

    private DateTime Deadline() => Phases().Where(p => p.Kind == PhaseKind.Certification && p.End < DemoSchoolFixture.ExportedAt)
        .Select(p => p.End).Max();

    private IReadOnlyList<Phase> Phases()
    {
        using var db = WarehouseDb.Open(demo.Request.WarehousePath);
        return new CompletionMetrics(db, SchoolCatalog.Load(demo.Request.School)).Phases(Semester);
    }

    private sealed record Counted(string Phase, string? Key, CompletionCounts Counts);

    /// <summary><c>portfolio completion --format json</c>, run in-process on the demo warehouse.</summary>
    private List<Counted> Cli(string by, string asOf)
    {
        var text = new StringWriter();
        CompletionCommand.Run(new FileInfo(demo.Request.WarehousePath), Semester.ToString(), null, asOf, by, "json", null, text, TextWriter.Null)
            .Should().Be(0);
        using var json = JsonDocument.Parse(text.ToString());
        var key = by switch { "class" => "class_code", "teacher" => "teacher_staff_no", _ => null };
        return json.RootElement.GetProperty("rows").EnumerateArray().Select(r => new Counted(
            r.GetProperty("phase_id").GetString()!, key is null ? null : r.GetProperty(key).GetString(), Counts(r))).ToList();
    }

    private static CompletionCounts Counts(JsonElement r) => new(r.GetProperty("population").GetInt64(), r.GetProperty("complete").GetInt64(),
        r.GetProperty("late").GetInt64(), r.GetProperty("missing").GetInt64(), r.GetProperty("exempt").GetInt64());

    /// <summary>The self-check's JSON equals the completion by phase; the award pack's teacher rows the completion by teacher.</summary>
    private async Task Documents(DateTime moment, Dictionary<string, CompletionCounts> byPhase, Dictionary<(string, string?), CompletionCounts> byTeacher)
    {
        using var db = WarehouseDb.Open(demo.Request.WarehousePath);
        await using var generator = new ReportGenerator(new CompletionMetrics(db, SchoolCatalog.Load(demo.Request.School)), Clock.Fixed(moment));
        var request = new ReportRequest(Semester, moment);
        using var selfCheck = JsonDocument.Parse(await generator.RenderAsync(ReportKind.SelfCheck, request, ReportFormat.Json));
        var rows = selfCheck.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("phase_id").GetString()).Should().Equal(byPhase.Keys);
        foreach (var r in rows) Same("self-check json", Counts(r), byPhase[r.GetProperty("phase_id").GetString()!]);

        using var awards = JsonDocument.Parse(await generator.RenderAsync(ReportKind.Awards, request, ReportFormat.Json));
        var teachers = awards.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("role").GetString() == "teacher")
            .ToDictionary(r => (r.GetProperty("phase_id").GetString()!, r.GetProperty("staff_no").GetString()), Counts);
        teachers.Keys.Should().BeEquivalentTo(byTeacher.Where(t => t.Value.Population > 0 && t.Key.Item2 is not null).Select(t => t.Key));
        foreach (var (key, counts) in teachers) Same("awards json", counts, byTeacher[key]);
    }

    /// <summary>總覽's table per phase, its XLSX, and (after the deadline) the list behind each count.</summary>
    private async Task Overview(HttpClient client, string asOf, Dictionary<string, CompletionCounts> byPhase, bool drillDown)
    {
        var html = await client.GetStringAsync($"/?sem={Semester}&asof={asOf}");
        var rows = Table(html, "phases");
        rows.Should().HaveCount(byPhase.Count);
        foreach (var row in rows)
        {
            var phase = Query(row[0].Href!, "phase")!;
            Same("overview page", Numbers(row, 4), byPhase[phase]);
            if (!drillDown) continue;
            foreach (var (cell, status) in new[] { (4, "due"), (5, "ontime"), (6, "late"), (7, "missing") })
            {
                if (row[cell].Href is null) continue;   // a unit task: one item, no list
                var list = Table(await client.GetStringAsync(row[cell].Href!), "students");
                var listed = list.Count == 1 && list[0].Count == 1 ? 0 : list.Count;   // the one "（沒有資料）" row
                listed.Should().Be((int)Number(row[cell].Text), "the {0} list of {1} has exactly its count's rows", status, phase);
                _cells++;
            }
        }
        var sheet = await Xlsx(client, $"/?sem={Semester}&asof={asOf}&export=phases", "階段");
        sheet.Should().HaveCount(byPhase.Count);
        foreach (var (phaseTitle, counts) in sheet.Select(r => (r[0], Numbers(r, 4))))
            Same("overview xlsx", counts, byPhase[Phases().First(p => p.Title == phaseTitle).Id]);
    }

    /// <summary>A phase's page: its class table and the same table downloaded.</summary>
    private async Task PhasePage(HttpClient client, string asOf, Phase phase, Dictionary<(string, string?), CompletionCounts> byClass)
    {
        var path = $"/Phase?sem={Semester}&asof={asOf}&phase={Uri.EscapeDataString(phase.Id)}";
        var expected = byClass.Where(c => c.Key.Item1 == phase.Id).ToDictionary(c => c.Key.Item2 ?? "", c => c.Value);
        var rows = Table(await client.GetStringAsync(path), "classes");
        rows.Where(r => r.Count > 1).Select(r => r[1].Text).Should().BeEquivalentTo(expected.Keys, "phase {0}", phase.Id);
        foreach (var row in rows.Where(r => r.Count > 1)) Same("phase page", Numbers(row, 3), expected[row[1].Text]);
        foreach (var row in await Xlsx(client, path + "&export=classes", "班級"))
            Same("phase xlsx", Numbers(row, 3), expected[row[1]]);
    }

    /// <summary>教師認證: per teacher and certification phase, its XLSX, and at the export moment each count's artifacts.</summary>
    private async Task Teachers(HttpClient client, string asOf, Dictionary<(string, string?), CompletionCounts> byTeacher, bool drillDown)
    {
        var html = await client.GetStringAsync($"/Teachers?sem={Semester}&asof={asOf}");
        var rows = Table(html, "teachers").Where(r => r.Count > 1).ToList();
        rows.Should().HaveCount(byTeacher.Count);
        foreach (var row in rows)
        {
            var key = (Query(row[3].Href!, "phase")!, Query(row[3].Href!, "teacher"));
            Same("teachers page", Numbers(row, 3), byTeacher[key]);
            if (!drillDown) continue;
            foreach (var cell in new[] { 3, 6 })
            {
                var list = Table(await client.GetStringAsync(row[cell].Href!), "items");
                var listed = list.Count == 1 && list[0].Count == 1 ? 0 : list.Count;
                listed.Should().Be((int)Number(row[cell].Text), "the artifacts behind {0}", row[cell].Href);
                _cells++;
            }
        }
        var sheet = await Xlsx(client, $"/Teachers?sem={Semester}&asof={asOf}&export=teachers", "教師");
        sheet.Should().HaveCount(rows.Count);
        for (var i = 0; i < rows.Count; i++) Same("teachers xlsx", Numbers(sheet[i], 3), Numbers(rows[i], 3));
    }

    private void Same(string surface, CompletionCounts actual, CompletionCounts expected)
    {
        (actual.Population, actual.Complete, actual.Late, actual.Missing)
            .Should().Be((expected.Population, expected.Complete, expected.Late, expected.Missing), surface);
        _cells++;
    }

    private sealed record Td(string Text, string? Href);

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<a href=\"([^\"]*)\">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex LinkPattern();

    /// <summary>The body rows of the page's table <c>data-table="key"</c>: each cell's text and link.</summary>
    private static List<List<Td>> Table(string html, string key)
    {
        var start = html.IndexOf($"<table data-table=\"{key}\">", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the page has the table {0}", key);
        var body = html[html.IndexOf("<tbody>", start, StringComparison.Ordinal)..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return RowPattern().Matches(body).Select(r => CellPattern().Matches(r.Groups[1].Value).Select(c =>
        {
            var link = LinkPattern().Match(c.Groups[1].Value);
            return link.Success
                ? new Td(WebUtility.HtmlDecode(link.Groups[2].Value).Trim(), WebUtility.HtmlDecode(link.Groups[1].Value))
                : new Td(WebUtility.HtmlDecode(c.Groups[1].Value).Trim(), null);
        }).ToList()).ToList();
    }

    /// <summary>The rows under the header row whose first or second cell is <paramref name="header"/>, as text.</summary>
    private static async Task<List<List<string>>> Xlsx(HttpClient client, string path, string header)
    {
        using var book = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync(path)));
        var rows = book.Worksheet(1).RowsUsed().ToList();
        var first = rows.FindIndex(r => r.Cell(1).GetString() == header || r.Cell(2).GetString() == header);
        first.Should().BeGreaterThanOrEqualTo(0, "{0} has a header row", path);
        var width = rows[first].LastCellUsed().Address.ColumnNumber;
        return rows.Skip(first + 1).Where(r => !r.Cell(1).IsEmpty() || !r.Cell(2).IsEmpty())
            .Select(r => Enumerable.Range(1, width).Select(c => r.Cell(c).GetFormattedString()).ToList()).ToList();
    }

    private static CompletionCounts Numbers(IReadOnlyList<Td> row, int first) => Numbers(row.Select(c => c.Text).ToList(), first);

    private static CompletionCounts Numbers(IReadOnlyList<string> row, int first) =>
        new(Number(row[first]), Number(row[first + 1]), Number(row[first + 2]), Number(row[first + 3]), 0);

    private static long Number(string text) => long.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string? Query(string href, string name)
    {
        var query = href[(href.IndexOf('?', StringComparison.Ordinal) + 1)..];
        return query.Split('&').Select(p => p.Split('=', 2)).Where(p => p[0] == name)
            .Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();
    }
}

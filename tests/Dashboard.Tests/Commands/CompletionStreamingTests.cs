using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

/// <summary>
/// `portfolio completion --format json|csv` writes rows as they come, in pieces, instead of building the whole text:
/// the bytes are the same as the whole text built at once (the former way, kept here as the oracle), for a report
/// small enough to fit one piece and one of many pieces with Chinese names, commas, quotes and NULL keys.
/// </summary>
public sealed class CompletionStreamingTests
{
    public static TheoryData<int, string> Sizes => new() { { 2, "student" }, { 30_000, "student" }, { 30_000, "class" }, { 500, "phase" } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Json_is_byte_identical_to_the_whole_text(int rows, string by)
    {
        var report = Report(rows, Enum.Parse<Breakdown>(by, ignoreCase: true));
        var streamed = new StringWriter();
        CompletionFormatter.WriteJson(streamed, report);
        Encoding.UTF8.GetBytes(streamed.ToString()).Should().Equal(Encoding.UTF8.GetBytes(WholeJson(report)));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Csv_is_byte_identical_to_the_whole_text(int rows, string by)
    {
        var report = Report(rows, Enum.Parse<Breakdown>(by, ignoreCase: true));
        var streamed = new StringWriter();
        CompletionFormatter.WriteCsv(streamed, report);
        Encoding.UTF8.GetBytes(streamed.ToString()).Should().Equal(Encoding.UTF8.GetBytes(WholeCsv(report)));
    }

    [Fact]
    public void A_large_report_reaches_the_writer_in_pieces_not_at_once()
    {
        var report = Report(30_000, Breakdown.Student);
        var writes = new CountingWriter();
        CompletionFormatter.WriteJson(writes, report);
        writes.Calls.Should().BeGreaterThan(10);
        writes.Largest.Should().BeLessThan(200_000);
    }

    private static CompletionReport Report(int count, Breakdown by)
    {
        var rows = Enumerable.Range(0, count).Select(i => new CompletionRow(
            $"111-1.phase-{i % 7}", i % 5 == 0 ? "學生上傳 111-1 課程學習成果, \"重點\"" : "教師認證",
            i % 11 == 0 ? null : 10 + i % 3, $"{1 + i % 3}{i % 20:00}", i % 4 == 0 ? null : $"T{i % 90:000}", i % 4 == 0 ? null : "王導師",
            null, null, $"{110000 + i}", i % 9 == 0 ? "歐陽,小明" : "陳𠮷安",
            i % 40, i % 37, i % 3, i % 40 - i % 37 - i % 3 < 0 ? 0 : i % 40 - i % 37 - i % 3, i % 13 == 0 ? 1 : 0)).ToList();
        return new CompletionReport("413301", "臺北市立靜心高級中學", new Semester(111, 1), new DateTime(2023, 5, 20, 6, 0, 0), by, rows);
    }

    private sealed class CountingWriter : TextWriter
    {
        public int Calls { get; private set; }
        public int Largest { get; private set; }
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => Count(1);
        public override void Write(char[] buffer, int index, int count) => Count(count);
        public override void Write(string? value) => Count(value?.Length ?? 0);
        private void Count(int n)
        {
            Calls++;
            Largest = Math.Max(Largest, n);
        }
    }

    // The former writers: the whole text built in memory, then written at once.
    private static readonly Dictionary<Breakdown, (string Field, Func<CompletionRow, object?> Value)[]> Keys = new()
    {
        [Breakdown.Phase] = [],
        [Breakdown.Class] = [("grade", r => r.Grade), ("class_code", r => r.ClassCode), ("tutor_staff_no", r => r.TutorStaffNo), ("tutor_name", r => r.TutorName)],
        [Breakdown.Student] = [("grade", r => r.Grade), ("class_code", r => r.ClassCode), ("student_no", r => r.StudentNo), ("student_name", r => r.StudentName)],
    };

    private static string WholeJson(CompletionReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("school_code", report.SchoolCode);
            json.WriteString("school_name", report.SchoolName);
            json.WriteString("semester", report.Semester.ToString());
            json.WriteString("as_of", report.AsOf.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteString("by", report.By.ToString().ToLowerInvariant());
            json.WriteStartArray("rows");
            foreach (var row in report.Rows)
            {
                json.WriteStartObject();
                json.WriteString("phase_id", row.PhaseId);
                json.WriteString("phase_title", row.PhaseTitle);
                foreach (var (field, value) in Keys[report.By])
                {
                    switch (value(row))
                    {
                        case null: json.WriteNull(field); break;
                        case int i: json.WriteNumber(field, i); break;
                        case var v: json.WriteString(field, Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                    }
                }
                json.WriteNumber("population", row.Population);
                json.WriteNumber("complete", row.Complete);
                json.WriteNumber("late", row.Late);
                json.WriteNumber("missing", row.Missing);
                json.WriteNumber("exempt", row.Exempt);
                foreach (var (field, rate) in new[] { ("on_time_rate", row.Counts.OnTimeRate), ("with_late_rate", row.Counts.WithLateRate) })
                {
                    if (rate is { } r) json.WriteNumber(field, Math.Round(r, 6));
                    else json.WriteNull(field);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var output = new StringWriter();
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        return output.ToString();
    }

    private static string WholeCsv(CompletionReport report)
    {
        var output = new StringWriter();
        var keys = Keys[report.By];
        output.WriteLine(string.Join(",", new[] { "phase_id", "phase_title" }.Concat(keys.Select(k => k.Field))
            .Concat(["population", "complete", "late", "missing", "exempt"])));
        foreach (var row in report.Rows)
        {
            var cells = new[] { row.PhaseId, row.PhaseTitle }
                .Concat(keys.Select(k => Convert.ToString(k.Value(row), CultureInfo.InvariantCulture) ?? ""))
                .Concat(new[] { row.Population, row.Complete, row.Late, row.Missing, row.Exempt }.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            output.WriteLine(string.Join(",", cells.Select(CompletionFormatter.Quote)));
        }
        return output.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>The findings of a semester as of a moment, for one school.</summary>
internal sealed record FindingsReport(string SchoolName, Semester Semester, DateTime AsOf, IReadOnlyList<FindingRow> Rows);

/// <summary>
/// Writes findings as JSON (<c>{ "semester", "as_of", "rows": [ { "kind", "rule", "message", "student_no",
/// "class_code", "staff_no", "phase_id" } ] }</c>), CSV with the same field names, or a zh-TW text listing per kind.
/// </summary>
internal static class FindingsFormatter
{
    private static readonly (string Field, Func<FindingRow, string?> Value)[] Fields =
    [
        ("kind", r => r.Kind), ("rule", r => r.Rule), ("message", r => r.Message), ("student_no", r => r.StudentNo),
        ("class_code", r => r.ClassCode), ("staff_no", r => r.StaffNo), ("phase_id", r => r.PhaseId),
    ];

    public static void WriteJson(TextWriter output, FindingsReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("semester", report.Semester.ToString());
            json.WriteString("as_of", report.AsOf.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteStartArray("rows");
            foreach (var row in report.Rows)
            {
                json.WriteStartObject();
                foreach (var (field, value) in Fields)
                {
                    if (value(row) is { } v) json.WriteString(field, v);
                    else json.WriteNull(field);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteCsv(TextWriter output, FindingsReport report)
    {
        output.WriteLine(string.Join(",", Fields.Select(f => f.Field)));
        foreach (var row in report.Rows)
            output.WriteLine(string.Join(",", Fields.Select(f => CompletionFormatter.Quote(f.Value(row) ?? ""))));
    }

    public static void WriteTable(TextWriter output, FindingsReport report)
    {
        output.WriteLine($"{report.SchoolName} {report.Semester.ToChinese()} 稽核發現（計算時點 {RocDate.Format(report.AsOf)}）：共 {report.Rows.Count:#,0} 筆");
        foreach (var kind in report.Rows.GroupBy(r => r.Kind).OrderBy(g => Order(g.Key)))
        {
            output.WriteLine();
            output.WriteLine($"【{FindingKinds.ToChinese(kind.Key)}】{kind.Count():#,0} 筆（{kind.Key}）");
            foreach (var rule in kind.GroupBy(r => r.Rule))
            {
                output.WriteLine($"  規定：{rule.Key}");
                foreach (var row in rule) output.WriteLine($"  - {row.Message}");
            }
        }
        if (report.Rows.Count == 0) output.WriteLine("（沒有檢核發現）");
    }

    private static int Order(string kind) => FindingKinds.All.ToList().IndexOf(kind) is var i and >= 0 ? i : int.MaxValue;
}

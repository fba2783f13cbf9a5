using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// Writes a completion report as a zh-TW table, JSON or CSV. JSON and CSV share the stable snake_case field names
/// (documented in the README): phase_id, phase_title, the keys of the breakdown, population, complete, late, missing, exempt.
/// </summary>
internal static class CompletionFormatter
{
    private sealed record Key(string Field, string Header, Func<CompletionRow, object?> Value);

    private static readonly Key Grade = new("grade", "年級", r => r.Grade);
    private static readonly Key Class = new("class_code", "班級", r => r.ClassCode);
    private static readonly Key TutorNo = new("tutor_staff_no", "導師編號", r => r.TutorStaffNo);
    private static readonly Key Tutor = new("tutor_name", "導師", r => r.TutorName);
    private static readonly Key TeacherNo = new("teacher_staff_no", "教師編號", r => r.TeacherStaffNo);
    private static readonly Key Teacher = new("teacher_name", "任課教師", r => r.TeacherName);
    private static readonly Key StudentNo = new("student_no", "學號", r => r.StudentNo);
    private static readonly Key Student = new("student_name", "姓名", r => r.StudentName);

    /// <summary>The grouped keys each breakdown prints, after phase_id and phase_title.</summary>
    private static IReadOnlyList<Key> KeysOf(Breakdown by) => by switch
    {
        Breakdown.Grade => [Grade],
        Breakdown.Class => [Grade, Class, TutorNo, Tutor],
        Breakdown.Tutor => [TutorNo, Tutor],
        Breakdown.Teacher => [TeacherNo, Teacher],
        Breakdown.Student => [Grade, Class, StudentNo, Student],
        _ => [],
    };

    /// <summary>Written as the rows are read (<see cref="ChunkedText"/>), never whole in memory.</summary>
    public static void WriteJson(TextWriter output, CompletionReport report)
    {
        using var chunks = new ChunkedText(output);
        using (var json = new Utf8JsonWriter(chunks.Bytes, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("school_code", report.SchoolCode);
            json.WriteString("school_name", report.SchoolName);
            json.WriteString("semester", report.Semester.ToString());
            json.WriteString("as_of", report.AsOf.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteString("by", report.By.ToString().ToLowerInvariant());
            json.WriteStartArray("rows");
            var keys = KeysOf(report.By);
            foreach (var row in report.Rows)
            {
                json.WriteStartObject();
                json.WriteString("phase_id", row.PhaseId);
                json.WriteString("phase_title", row.PhaseTitle);
                foreach (var key in keys)
                {
                    switch (key.Value(row))
                    {
                        case null: json.WriteNull(key.Field); break;
                        case int i: json.WriteNumber(key.Field, i); break;
                        case var v: json.WriteString(key.Field, Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                    }
                }
                json.WriteNumber("population", row.Population);
                json.WriteNumber("complete", row.Complete);
                json.WriteNumber("late", row.Late);
                json.WriteNumber("missing", row.Missing);
                json.WriteNumber("exempt", row.Exempt);
                WriteRate(json, "on_time_rate", row.Counts.OnTimeRate);
                WriteRate(json, "with_late_rate", row.Counts.WithLateRate);
                json.WriteEndObject();
                if (json.BytesPending >= 16 * 1024)
                {
                    json.Flush();
                    chunks.Flush();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        chunks.Flush(force: true);
        output.WriteLine();
    }

    private static void WriteRate(Utf8JsonWriter json, string field, double? rate)
    {
        if (rate is { } r) json.WriteNumber(field, Math.Round(r, 6));
        else json.WriteNull(field);
    }

    /// <summary>Written as the rows are read (<see cref="ChunkedText"/>), never whole in memory.</summary>
    public static void WriteCsv(TextWriter output, CompletionReport report)
    {
        var keys = KeysOf(report.By);
        var header = new[] { "phase_id", "phase_title" }.Concat(keys.Select(k => k.Field))
            .Concat(["population", "complete", "late", "missing", "exempt"]);
        using var chunks = new ChunkedText(output);
        var line = chunks.Text;
        line.AppendJoin(",", header).Append(output.NewLine);
        foreach (var row in report.Rows)
        {
            line.Append(Quote(row.PhaseId)).Append(',').Append(Quote(row.PhaseTitle));
            foreach (var key in keys) line.Append(',').Append(Quote(Convert.ToString(key.Value(row), CultureInfo.InvariantCulture) ?? ""));
            foreach (var n in (ReadOnlySpan<long>)[row.Population, row.Complete, row.Late, row.Missing, row.Exempt])
                line.Append(',').Append(n.ToString(CultureInfo.InvariantCulture));
            line.Append(output.NewLine);
            chunks.Flush();
        }
    }

    public static void WriteTable(TextWriter output, CompletionReport report)
    {
        output.WriteLine($"{report.SchoolName} {report.Semester.ToChinese()} 完成情形（計算時點 {RocDate.Format(report.AsOf)}）");
        var keys = KeysOf(report.By).Where(k => k.Field is not ("tutor_staff_no" or "teacher_staff_no")).ToList();
        var headers = new[] { "階段" }.Concat(keys.Select(k => k.Header))
            .Concat(["應完成", "準時完成", "逾期完成", "未完成", "免除", CompletionCounts.OnTimeLabel, CompletionCounts.WithLateLabel]).ToList();
        var lines = report.Rows.Select(r => new[] { r.PhaseTitle }
            .Concat(keys.Select(k => Convert.ToString(k.Value(r), CultureInfo.InvariantCulture) ?? "—"))
            .Concat([N(r.Population), N(r.Complete), N(r.Late), N(r.Missing), N(r.Exempt),
                     r.Counts.OnTimeText, r.Counts.WithLateText])
            .ToList()).ToList();
        var numeric = headers.Select((_, i) => i > keys.Count).ToList();
        var widths = headers.Select((h, i) => lines.Select(l => Width(l[i])).Append(Width(h)).Max()).ToList();
        output.WriteLine(Row(headers, widths, numeric));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var line in lines) output.WriteLine(Row(line, widths, numeric));
        if (report.Rows.Count == 0) output.WriteLine("（沒有資料）");
    }

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    internal static string Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, IReadOnlyList<bool> numeric) =>
        string.Join("  ", cells.Select((c, i) => numeric[i] ? Pad(c, widths[i], left: true) : Pad(c, widths[i], left: false))).TrimEnd();

    private static string Pad(string text, int width, bool left)
    {
        var pad = new string(' ', Math.Max(0, width - Width(text)));
        return left ? pad + text : text + pad;
    }

    /// <summary>Terminal columns: CJK and full-width characters take two.</summary>
    internal static int Width(string text) => text.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1);

    internal static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

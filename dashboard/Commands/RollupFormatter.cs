using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// Writes a roll-up across schools (<c>portfolio completion --by school|district</c>, <c>--all-schools --by phase</c>)
/// as a zh-TW table, JSON or CSV: the group's keys (school_code, school_name, district, phase_kind, phase_kind_name),
/// schools, population, complete, late, missing, exempt, and both rates.
/// </summary>
internal static class RollupFormatter
{
    private sealed record Key(string Field, string Header, Func<RollupRow, string?> Value);

    private static IReadOnlyList<Key> KeysOf(RollupBy by) => by switch
    {
        RollupBy.School => [new("school_code", "學校代碼", r => r.SchoolCode), new("school_name", "學校", r => r.SchoolName), new("district", "行政區", r => r.District)],
        RollupBy.District => [new("district", "行政區", r => r.District)],
        _ => [new("phase_kind", "階段種類代碼", r => r.Kind?.ToString()), new("phase_kind_name", "階段種類", r => r.KindName)],
    };

    public static void Write(TextWriter output, string format, string source, Semester semester, DateTime asOf, RollupBy by, IReadOnlyList<RollupRow> rows)
    {
        switch (format)
        {
            case "json": WriteJson(output, source, semester, asOf, by, rows); break;
            case "csv": WriteCsv(output, by, rows); break;
            default: WriteTable(output, source, semester, asOf, by, rows); break;
        }
    }

    private static void WriteJson(TextWriter output, string source, Semester semester, DateTime asOf, RollupBy by, IReadOnlyList<RollupRow> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteString("semester", semester.ToString());
            json.WriteString("as_of", asOf.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteString("by", by.ToString().ToLowerInvariant());
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var key in KeysOf(by))
                {
                    if (key.Value(row) is { } v) json.WriteString(key.Field, v);
                    else json.WriteNull(key.Field);
                }
                json.WriteNumber("schools", row.Schools);
                json.WriteNumber("population", row.Counts.Population);
                json.WriteNumber("complete", row.Counts.Complete);
                json.WriteNumber("late", row.Counts.Late);
                json.WriteNumber("missing", row.Counts.Missing);
                json.WriteNumber("exempt", row.Counts.Exempt);
                if (row.Counts.OnTimeRate is { } onTime) json.WriteNumber("on_time_rate", Math.Round(onTime, 6)); else json.WriteNull("on_time_rate");
                if (row.Counts.WithLateRate is { } withLate) json.WriteNumber("with_late_rate", Math.Round(withLate, 6)); else json.WriteNull("with_late_rate");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteCsv(TextWriter output, RollupBy by, IReadOnlyList<RollupRow> rows)
    {
        var keys = KeysOf(by);
        output.WriteLine(string.Join(",", keys.Select(k => k.Field).Concat(["schools", "population", "complete", "late", "missing", "exempt"])));
        foreach (var row in rows)
        {
            var c = row.Counts;
            output.WriteLine(string.Join(",", keys.Select(k => CompletionFormatter.Quote(k.Value(row) ?? ""))
                .Concat(new long[] { row.Schools, c.Population, c.Complete, c.Late, c.Missing, c.Exempt }.Select(n => n.ToString(CultureInfo.InvariantCulture)))));
        }
    }

    private static void WriteTable(TextWriter output, string source, Semester semester, DateTime asOf, RollupBy by, IReadOnlyList<RollupRow> rows)
    {
        output.WriteLine($"{source} {semester.ToChinese()} 各校完成情形（依{Title(by)}彙總，計算時點 {RocDate.Format(asOf)}）");
        var keys = KeysOf(by).Where(k => k.Field != "phase_kind").ToList();
        var headers = keys.Select(k => k.Header)
            .Concat(["學校數", "應完成", "準時完成", "逾期完成", "未完成", "免除", CompletionCounts.OnTimeLabel, CompletionCounts.WithLateLabel]).ToList();
        var lines = rows.Select(r => keys.Select(k => k.Value(r) ?? "—")
            .Concat([N(r.Schools), N(r.Counts.Population), N(r.Counts.Complete), N(r.Counts.Late), N(r.Counts.Missing), N(r.Counts.Exempt),
                     r.Counts.OnTimeText, r.Counts.WithLateText]).ToList()).ToList();
        var total = CompletionCounts.Sum(rows.Select(r => r.Counts));
        if (rows.Count > 1)
            lines.Add(keys.Select((_, i) => i == 0 ? "合計" : "")
                .Concat([N(by == RollupBy.Phase ? rows.Max(r => r.Schools) : rows.Sum(r => r.Schools)), N(total.Population), N(total.Complete),
                         N(total.Late), N(total.Missing), N(total.Exempt), total.OnTimeText, total.WithLateText]).ToList());
        var numeric = headers.Select((_, i) => i >= keys.Count).ToList();
        var widths = headers.Select((h, i) => lines.Select(l => CompletionFormatter.Width(l[i])).Append(CompletionFormatter.Width(h)).Max()).ToList();
        output.WriteLine(CompletionFormatter.Row(headers, widths, numeric));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var line in lines) output.WriteLine(CompletionFormatter.Row(line, widths, numeric));
        if (rows.Count == 0) output.WriteLine("（沒有資料）");
        output.WriteLine(CompletionCounts.RatesNote);
    }

    private static string Title(RollupBy by) => by switch
    {
        RollupBy.School => "學校",
        RollupBy.District => "行政區",
        _ => "階段種類",
    };

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}

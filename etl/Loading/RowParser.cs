using System.Globalization;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.People;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Turns a row's text into typed staging values: required values present, numbers, ROC/ISO dates (never guessed),
/// national ID checksums, allowed values, numbers that fit their core column exactly, no control characters, no date
/// after the export (a warning unless the load rejects them). The first problem rejects the row; the values read so
/// far are kept so the row's key still counts for a full export.
/// </summary>
internal sealed class RowParser(KindSpec kind, HeaderMap map, IReadOnlyList<ColumnFit> fits, DateTime exportedAt, bool rejectFutureDates)
{
    /// <summary>Dates after the export moment in rows that were not rejected for them (the future_dates warn check).</summary>
    public List<Reject> FutureDates { get; } = [];

    private readonly int _semesterAt = kind.Columns.Count;
    private readonly int _yearAt = IndexOf(kind, "academic_year");
    private readonly int _termAt = IndexOf(kind, "term");
    private readonly int _width = kind.Columns.Count + (kind.HasSemester ? 1 : 0) + (kind.ExtraStagingColumns?.Count ?? 0);

    private static int IndexOf(KindSpec kind, string column)
    {
        for (var i = 0; i < kind.Columns.Count; i++)
            if (kind.Columns[i].Column == column) return i;
        return -1;
    }

    /// <summary>Staging values in <see cref="StagingTable"/> column order (spec columns, semester, extras).</summary>
    public object?[] Parse(SourceRow row, out Reject? reject)
    {
        reject = null;
        var values = new object?[_width];
        if (row.Fields.Length != map.FileHeader.Count)
            reject = new Reject(row.Line, null, "bad_field_count",
                $"此列有 {row.Fields.Length} 個欄位，標題列有 {map.FileHeader.Count} 個（可能有未加引號的逗號或欄位缺漏），請更正後重新匯出", row.Raw);

        for (var c = 0; c < kind.Columns.Count; c++)
        {
            var col = kind.Columns[c];
            var at = map.Positions[c];
            var text = at >= 0 && at < row.Fields.Length ? TextCleaning.Clean(row.Fields[at]) : "";
            var header = at >= 0 ? map.FileHeader[at] : col.Header;
            if (text.Length == 0)
            {
                if (col.Required) reject ??= new Reject(row.Line, header, "missing_value", $"「{header}」為必填，此列空白", row.Raw);
                continue;
            }
            if (BadCharacter(text) is { } bad)
            {
                reject ??= new Reject(row.Line, header, "bad_character", $"「{header}」{bad}", row.Raw);
                continue;
            }
            var (value, error, code) = Convert(col, fits[c], text, header);
            if (error is not null) reject ??= new Reject(row.Line, header, code!, error, row.Raw);
            else if (Future(value) && reject is null)
            {
                var future = new Reject(row.Line, header, "future_date",
                    $"「{header}」{text} 晚於本次匯出的時間 {RocDate.Format(exportedAt)}，請確認日期是否正確", row.Raw);
                if (rejectFutureDates) reject = future;
                else FutureDates.Add(future);
            }
            values[c] = value;
        }

        if (kind.HasSemester)
        {
            if (values[_yearAt] is int y && values[_termAt] is long t) values[_semesterAt] = $"{y}-{t}";
        }
        return values;
    }

    /// <summary>
    /// A character no admin system writes on purpose: a control character (NUL…), U+FFFD (text already lost in an
    /// earlier conversion), or a private-use character (what Big5 造字 and undefined Big5 bytes decode to).
    /// </summary>
    private static string? BadCharacter(string text)
    {
        if (!MayBeBad(text)) return null;
        foreach (var ch in text)
        {
            if (char.IsControl(ch) && ch is not ('\t' or '\r' or '\n'))
                return $"含有控制字元 U+{(int)ch:X4}{(ch == '\0' ? "（NUL）" : "")}，檔案可能已損毀，請更正後重新匯出";
            if (ch == '\uFFFD')
                return "含有替代字元 U+FFFD（�），表示文字在先前的轉檔中已經遺失，請自校務系統重新匯出";
            if (char.GetUnicodeCategory(ch) == UnicodeCategory.PrivateUse)
                return $"含有無法對應到標準中文字的字元 U+{(int)ch:X4}（Big5 造字區或未定義的位元組），請改用標準字或以 UTF-8 重新匯出";
        }
        return null;
    }

    /// <summary>False when no character of <paramref name="text"/> is one <see cref="BadCharacter"/> looks for (vectorized: most text is clean).</summary>
    private static bool MayBeBad(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\0', '\u001F') >= 0 || span.IndexOfAnyInRange('\u007F', '\u009F') >= 0
            || span.IndexOfAnyInRange('\uE000', '\uF8FF') >= 0 || span.Contains('\uFFFD');
    }

    private bool Future(object? value) => value switch
    {
        DateTime t => t > exportedAt,
        DateOnly d => d > DateOnly.FromDateTime(exportedAt),
        _ => false,
    };

    private static (object? Value, string? Error, string? Code) Convert(ColumnSpec col, ColumnFit fit, string text, string header)
    {
        switch (col.Type)
        {
            case ColumnType.Text:
                var allowed = col.AllowedValues;
                if (allowed.Count > 0)
                {
                    string? match = null;
                    foreach (var a in allowed)
                        if (string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) { match = a; break; }
                    if (match is null)
                        return (text, $"「{header}」的值「{text}」不在允許的選項內（{string.Join("、", allowed)}）", "bad_value");
                    text = match;
                }
                return (col.ValueMap is { } vm && vm.TryGetValue(text, out var mapped) ? mapped : text, null, null);
            case ColumnType.Integer:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                    return (null, decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _) && text.Any(char.IsDigit)
                        ? $"「{header}」的值「{text}」超出可存入的範圍" + (text.Contains('.') ? "或不是整數" : "")
                        : $"「{header}」應為整數，收到「{text}」", "bad_value");
                if (col.AllowedValues.Count > 0 && !col.AllowedValues.Contains(n.ToString(CultureInfo.InvariantCulture)))
                    return (n, $"「{header}」的值「{text}」不在允許的選項內（{string.Join("、", col.AllowedValues)}）", "bad_value");
                var scaled = n * (decimal)col.Multiplier;
                if (scaled < fit.Min || scaled > fit.Max)
                    return (null, $"「{header}」的值「{text}」超出可存入的範圍", "bad_value");
                return ((long)scaled, null, null);
            case ColumnType.Number:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                    return (null, $"「{header}」應為數字，收到「{text}」", "bad_value");
                return fit.Problem(d) is { } misfit ? (null, $"「{header}」的值「{text}」{misfit}", "bad_value") : (d, null, null);
            case ColumnType.RocYear:
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                    return (null, $"「{header}」應為民國年（如 111），收到「{text}」", "bad_value");
                if (y is < 100 or > 150)
                    return (null, $"「{header}」應為民國年（100–150，如 111），收到「{text}」" + (y > 1911 ? "（看似西元年）" : ""), "bad_value");
                return (y, null, null);
            case ColumnType.Date:
                return DateText.TryParseDate(text, out var date, out var dateError)
                    ? (date, null, null)
                    : (null, $"「{header}」{dateError}", "bad_date");
            case ColumnType.DateTime:
                return DateText.TryParseDateTime(text, out var moment, out var momentError)
                    ? (moment, null, null)
                    : (null, $"「{header}」{(momentError!.StartsWith("時間", StringComparison.Ordinal) ? $"「{text}」的" : "")}{momentError}", "bad_date");
            case ColumnType.NationalId:
                var id = text.ToUpperInvariant();
                var idError = NationalId.Validate(id);
                return idError is null
                    ? (id, null, null)
                    : (id, $"{header} {NationalId.Mask(id)}：{idError}，請至校務系統更正", "bad_national_id");
            case ColumnType.YesNo:
                return text switch
                {
                    "是" or "Y" or "y" or "1" or "TRUE" or "true" or "True" => (true, null, null),
                    "否" or "N" or "n" or "0" or "FALSE" or "false" or "False" => (false, null, null),
                    _ => (null, $"「{header}」應為「是」或「否」，收到「{text}」", "bad_value"),
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(col), col.Type, null);
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace PortfolioAnalytics.Warehouse.Calendar;

/// <summary>
/// Dates as Taiwanese schools write them: ROC <c>111.09.16</c>, <c>111/09/16</c>, <c>111-09-16</c>, <c>1110916</c>,
/// or ISO <c>2022-09-16</c>, optionally followed by a time to the minute (<c>14:05</c> or <c>14:05:00</c>).
/// Malformed text (the seed's <c>112..08.01</c>, <c>111.9..29</c>, <c>112.02.31</c>) is never guessed: the error
/// says what is wrong in words the registry staff can act on.
/// </summary>
public static partial class RocDate
{
    [GeneratedRegex(@"^(?<y>[0-9]{2,3})(?<s1>[./-])(?<m>[0-9]{1,2})(?<s2>[./-])(?<d>[0-9]{1,2})$")]
    private static partial Regex RocSeparated();

    [GeneratedRegex(@"^(?<y>[0-9]{2,3})(?<m>[0-9]{2})(?<d>[0-9]{2})$")]
    private static partial Regex RocCompact();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s1>[./-])(?<m>[0-9]{1,2})(?<s2>[./-])(?<d>[0-9]{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(:(?<s>[0-9]{2}))?$")]
    private static partial Regex Time();

    public static DateOnly ParseDate(string text) =>
        TryParseDate(text, out var d, out var error) ? d : throw new FormatException(error);

    public static DateTime ParseDateTime(string text) =>
        TryParseDateTime(text, out var d, out var error) ? d : throw new FormatException(error);

    public static bool TryParseDate(string? text, out DateOnly date, out string? error) =>
        TryParseDate(text, text, out date, out error);

    /// <summary><paramref name="whole"/>: the text to name when the year does not exist (a date with its time).</summary>
    private static bool TryParseDate(string? text, string? whole, out DateOnly date, out string? error)
    {
        date = default;
        var t = FoldWidth(text ?? "").Trim();
        if (t.Length == 0) { error = "日期空白"; return false; }
        if (t.Contains("..") || t.Contains("//") || t.Contains("--"))
        {
            error = $"日期「{t}」有連續的分隔符號，無法判斷年月日，請更正";
            return false;
        }

        Match m;
        int year;
        if ((m = Iso().Match(t)).Success)
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        else if ((m = RocSeparated().Match(t)).Success || (m = RocCompact().Match(t)).Success)
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) + 1911;
        else
        {
            error = $"日期「{t}」格式無法辨識（應為 111.09.16、111/09/16、1110916 或 2022-09-16）";
            return false;
        }

        if (m.Groups["s1"].Success && m.Groups["s1"].Value != m.Groups["s2"].Value)
        {
            error = $"日期「{t}」混用不同的分隔符號，請更正";
            return false;
        }

        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9999)
        {
            // DateTime has no year 0 (nor 10000): an error, never an exception.
            error = $"日期「{(whole ?? "").Trim()}」不是有效的日期（年份不存在）";
            return false;
        }
        if (month is < 1 or > 12)
        {
            error = $"日期「{t}」的月份 {month} 不存在";
            return false;
        }
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"日期「{t}」的日 {day} 不存在（{year - 1911} 年 {month} 月只有 {DateTime.DaysInMonth(year, month)} 天）";
            return false;
        }
        date = new DateOnly(year, month, day);
        error = null;
        return true;
    }

    /// <summary>A date with an optional time (to the minute or second); a bare date means 00:00.</summary>
    public static bool TryParseDateTime(string? text, out DateTime value, out string? error)
    {
        value = default;
        var t = FoldWidth(text ?? "").Trim().Replace('T', ' ');
        var space = t.IndexOf(' ');
        var datePart = space < 0 ? t : t[..space];
        var timePart = space < 0 ? "" : t[(space + 1)..].Trim();
        if (!TryParseDate(datePart, text, out var date, out error)) return false;
        var time = TimeOnly.MinValue;
        if (timePart.Length > 0)
        {
            var m = Time().Match(timePart);
            var h = m.Success ? int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : -1;
            var min = m.Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : -1;
            var s = m.Success && m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            if (!m.Success || h > 23 || min > 59 || s > 59)
            {
                error = $"時間「{timePart}」格式無法辨識（應為 14:05）";
                return false;
            }
            time = new TimeOnly(h, min, s);
        }
        value = date.ToDateTime(time);
        error = null;
        return true;
    }

    /// <summary>
    /// Full-width digits and separators (１１２／０５／２０, typed with a Chinese input method) as their ASCII forms;
    /// any other non-ASCII digit stays as it is and is refused as an unrecognised format.
    /// </summary>
    public static string FoldWidth(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFF0D', '\uFF1A')) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '\uFF0D' and <= '\uFF1A' ? (char)(source[i] - 0xFEE0) : source[i];
        });
    }

    /// <summary>111.09.16</summary>
    public static string Format(DateOnly date) =>
        $"{date.Year - 1911}.{date.Month:00}.{date.Day:00}";

    /// <summary>111.09.16 14:05</summary>
    public static string Format(DateTime moment) =>
        $"{Format(DateOnly.FromDateTime(moment))} {moment:HH:mm}";
}

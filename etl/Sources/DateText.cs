using System.Text.RegularExpressions;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// <see cref="RocDate"/> for export values, stricter where a guess would be silently wrong: a 2-digit year
/// (<c>12/05/20</c>: 民國 12 年, 112 年 or 2012?) and a year before 民國元年 (<c>0000-01-01</c>) are errors, never exceptions.
/// </summary>
public static partial class DateText
{
    [GeneratedRegex(@"^\s*(\d{2}[./-]|\d{6}(\s|T|$))")]
    private static partial Regex TwoDigitYear();

    public static bool TryParseDate(string text, out DateOnly date, out string? error)
    {
        error = null;
        return PlainDate.TryParseDate(text, out date) || TryParse(text, RocDate.TryParseDate, d => d.Year, out date, out error);
    }

    public static bool TryParseDateTime(string text, out DateTime moment, out string? error)
    {
        error = null;
        return PlainDate.TryParseDateTime(text, out moment) || TryParse(text, RocDate.TryParseDateTime, d => d.Year, out moment, out error);
    }

    private delegate bool Parser<T>(string? text, out T value, out string? error);

    private static bool TryParse<T>(string text, Parser<T> parse, Func<T, int> year, out T value, out string? error)
    {
        value = default!;
        if (Ambiguous(text, out error)) return false;
        try
        {
            if (!parse(text, out value, out error)) return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            error = $"日期「{text.Trim()}」不是有效的日期（年份不存在）";
            return false;
        }
        return InRange(text, year(value), out error);
    }

    private static bool Ambiguous(string text, out string? error)
    {
        error = TwoDigitYear().IsMatch(text)
            ? $"日期「{text.Trim()}」的年份只有 2 位數，無法判斷是民國幾年或西元幾年，請以 3 位數民國年（如 112.05.20）或 4 位數西元年（如 2023-05-20）填寫"
            : null;
        return error is not null;
    }

    private static bool InRange(string text, int year, out string? error)
    {
        error = year < 1912 ? $"日期「{text.Trim()}」的年份 {year} 早於民國元年（1912 年），不是有效的日期" : null;
        return error is null;
    }
}

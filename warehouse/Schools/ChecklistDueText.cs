using System.Globalization;
using System.Text.RegularExpressions;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// Checks the dates inside a checklist's 完成日期 text (「112.02.11~28 (下)111-2」): doubled separators and days a
/// month does not have are reported, never guessed.
/// </summary>
internal static partial class ChecklistDueText
{
    [GeneratedRegex(@"(?<y>\d{3})\.(?<m>\d{1,2})\.(?<d>\d{1,2})(?:~(?:(?<m2>\d{1,2})\.)?(?<d2>\d{1,2}))?")]
    private static partial Regex DayPattern();

    public static string? Check(string text)
    {
        if (text.Contains("..", StringComparison.Ordinal))
            return $"「{text}」有連續的分隔符號，請更正";
        foreach (Match m in DayPattern().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (!RocDate.TryParseDate($"{y}.{month}.{m.Groups["d"].Value}", out _, out var error)) return $"「{text}」：{error}";
            if (m.Groups["d2"].Success)
            {
                var m2 = m.Groups["m2"].Success ? m.Groups["m2"].Value : month.ToString(CultureInfo.InvariantCulture);
                if (!RocDate.TryParseDate($"{y}.{m2}.{m.Groups["d2"].Value}", out _, out error)) return $"「{text}」：{error}";
            }
        }
        return null;
    }
}

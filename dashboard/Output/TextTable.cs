using System.Globalization;
using System.Text;

namespace PortfolioAnalytics.Dashboard.Output;

/// <summary>A plain-text table that lines up Chinese text: full-width characters take two columns on a terminal.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
        var sb = new StringBuilder();
        Line(sb, headers, widths);
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('─', w))).TrimEnd());
        foreach (var row in _rows) Line(sb, row, widths);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string[] cells, int[] widths)
    {
        var parts = cells.Select((c, i) => c + new string(' ', widths[i] - Width(c)));
        sb.AppendLine(string.Join("  ", parts).TrimEnd());
    }

    /// <summary>Terminal columns: East Asian wide and full-width characters count two.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var wide = v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
                or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
                or >= 0x20000 and <= 0x3FFFD;
            width += Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark ? 0 : wide ? 2 : 1;
        }
        return width;
    }
}

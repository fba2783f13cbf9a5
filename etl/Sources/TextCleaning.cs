namespace PortfolioAnalytics.Etl.Sources;

internal static class TextCleaning
{
    /// <summary>Trims ASCII and full-width spaces (U+3000) and a stray BOM.</summary>
    public static string Clean(string? text) => (text ?? "").Trim(' ', '\t', '\r', '\n', '\u3000', '\uFEFF', '\u00A0');

    /// <summary>A header for matching: no spaces at all, full-width parentheses folded.</summary>
    public static string HeaderKey(string header) =>
        new(Clean(header).Where(c => !char.IsWhiteSpace(c) && c != '\u3000').Select(c => c switch
        {
            '（' => '(',
            '）' => ')',
            _ => char.ToUpperInvariant(c),
        }).ToArray());
}

namespace PortfolioAnalytics.Reports.Views;

/// <summary>The header every document carries: school, title, 學年度/學期, the as-of moment and when it was generated.</summary>
public sealed record DocumentHeader(string SchoolName, string Title, string SemesterText, string AsOfText, string GeneratedText);

/// <summary>A chart placed in a document (PNG bytes, shown inline).</summary>
public sealed record ChartImage(string Caption, byte[] Png)
{
    public string DataUri => "data:image/png;base64," + Convert.ToBase64String(Png);
}

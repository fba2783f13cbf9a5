namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// A record kind of the export (docs/source-format.md): its name in the manifest, the file name the admin system
/// gives it, the core table it merges into, the natural key (core column names) and its columns.
/// When a kind has 學年度 and 學期, the staging row also carries <c>semester</c> (<c>111-1</c>).
/// </summary>
public sealed record KindSpec(
    string Kind,
    string Label,
    string DefaultFile,
    string CoreTable,
    IReadOnlyList<string> Key,
    IReadOnlyList<ColumnSpec> Columns,
    IReadOnlyList<string>? ExtraStagingColumns = null)
{
    public bool HasSemester => Columns.Any(c => c.Column == "academic_year") && Columns.Any(c => c.Column == "term");
}

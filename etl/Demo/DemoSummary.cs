namespace PortfolioAnalytics.Etl.Demo;

/// <summary>What <see cref="DemoSchool.Write"/> produced.</summary>
/// <param name="RowsPerKind">Data rows written per kind (dirty rows included).</param>
/// <param name="Dirt">Each deliberately bad row or file, with the reject reason a loader should give.</param>
/// <param name="ScheduleSource">Where the windows came from: the school's resolved schedule or the built-in table.</param>
public sealed record DemoSummary(
    string ExportDir,
    string SchoolCode,
    DateTime ExportedAt,
    int Students,
    int Classes,
    int Staff,
    IReadOnlyDictionary<string, long> RowsPerKind,
    IReadOnlyList<DemoDirt> Dirt,
    string ScheduleSource);

/// <summary>
/// One deliberately bad row, file, or the rows that fall with it: kind, file, 1-based line (header = 1; 0 for a whole
/// file or for a group of rows), how many rows the loader should reject for it, what is wrong (zh-TW), and the
/// loader's reason code (etl_reject.reason_code; null when nothing should be rejected, as for the Big5 file).
/// </summary>
public sealed record DemoDirt(string Kind, string File, int Line, long Rows, string Description, string? RejectCode);

namespace PortfolioAnalytics.Bench;

/// <summary>
/// One timed step: the first (cold) run apart, the median and the 95th percentile (nearest rank) of the runs after it
/// (the cold run alone when there is one run), every run in milliseconds, the peak RSS over its runs in MB, how it ran ("process" = a fresh `portfolio`
/// process per run, "in-process" = inside the bench), and what it produced (rows, bytes).
/// </summary>
internal sealed record StepResult(string Step, string RunsAs, double ColdMs, double MedianMs, IReadOnlyList<double> RunsMs,
    double? PeakRssMb, long? Rows = null, long? Bytes = null, double? P95Ms = null);

/// <summary>Every step for one school size, with the load's ratio to the ceiling.</summary>
internal sealed record SizeResult(int Students, long ExportRows, long WarehouseBytes, IReadOnlyList<StepResult> Steps, Ratios Ratios);

/// <summary>
/// load_vs_read_csv = our load's rows/s ÷ DuckDB read_csv's rows/s over the same files (medians, cold runs apart);
/// speedup_vs_postgres = the PostgreSQL peer's completion latency ÷ ours (null while the peer is not in the bench).
/// </summary>
internal sealed record Ratios(double? LoadVsReadCsv, double? LoadColdVsReadCsvCold, double? SpeedupVsPostgres);

/// <summary>The JSON file a bench run writes.</summary>
internal sealed record BenchReport(
    DateTime StartedAtUtc, string? Commit, MachineInfo Machine, IReadOnlyList<double>? LoadAverageAtEnd, string Runtime,
    int Repeat, string Method, IReadOnlyList<SizeResult> Sizes, Ratios Ratios);

namespace PortfolioAnalytics.Bench;

/// <summary>One timed step: the median of its runs in milliseconds, every run, and what it produced (rows, bytes).</summary>
internal sealed record StepResult(string Step, double MedianMs, IReadOnlyList<double> RunsMs, long? Rows = null, long? Bytes = null);

/// <summary>Every step for one school size.</summary>
internal sealed record SizeResult(int Students, long ExportRows, long WarehouseBytes, IReadOnlyList<StepResult> Steps);

/// <summary>The JSON file a bench run writes.</summary>
internal sealed record BenchReport(
    DateTime StartedAtUtc, string? Commit, string Machine, int Cores, string Runtime, int Repeat, IReadOnlyList<SizeResult> Sizes);

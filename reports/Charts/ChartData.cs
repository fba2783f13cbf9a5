namespace PortfolioAnalytics.Reports.Charts;

/// <summary>One bar of the per-phase chart: a phase with its deadline and its counts.</summary>
public sealed record PhaseBar(string Label, DateTime Deadline, long OnTime, long Late, long Missing)
{
    public long Population => OnTime + Late + Missing;
}

/// <summary>One cell of the class heatmap: a class (row) in a phase (column).</summary>
public sealed record HeatmapCell(string Row, string Column, long Done, long Population);

/// <summary>A teacher's certification backlog: on time, late, still waiting.</summary>
public sealed record BacklogBar(string Teacher, long OnTime, long Late, long Pending);

namespace PortfolioAnalytics.Warehouse.Lake;

/// <summary>
/// A warehouse table as the lake writes it: partitioned by school (when it has school_code) and by 學年度 computed by
/// <see cref="YearExpression"/> (null = not by year); <see cref="Rows"/> written.
/// </summary>
public sealed record LakeTable(string Name, bool BySchool, string? YearExpression, long Rows = 0)
{
    public IReadOnlyList<string> PartitionColumns =>
        [.. BySchool ? new[] { "school" } : [], .. YearExpression is null ? [] : new[] { "year" }];
}

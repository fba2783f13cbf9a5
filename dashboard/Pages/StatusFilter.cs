using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>The status= values of the URL and which student statuses each covers (the drill-down of a count).</summary>
public static class StatusFilter
{
    public static IReadOnlyList<(string Value, string Label)> Options { get; } =
        [("due", "應完成"), ("ontime", "準時完成"), ("late", "逾期完成"), ("missing", "未完成"), ("exempt", "免除")];

    public static bool Matches(string? filter, PhaseStatus status) => filter switch
    {
        null or "" => true,
        "due" => status != PhaseStatus.Exempt,
        "ontime" => status == PhaseStatus.OnTime,
        "late" => status == PhaseStatus.Late,
        "missing" => status is PhaseStatus.NotStarted or PhaseStatus.InProgress or PhaseStatus.DueSoon or PhaseStatus.Overdue,
        "exempt" => status == PhaseStatus.Exempt,
        _ => true,
    };

    public static string Label(string? filter) => Options.FirstOrDefault(o => o.Value == filter).Label ?? "全部";
}

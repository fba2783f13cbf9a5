using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>稽核發現: the compliance findings of the semester (CompletionMetrics.Findings), counted per kind; a count opens its rows.</summary>
public sealed class FindingsModel : DashboardPage
{
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }

    /// <summary>Every kind with its count, in <see cref="FindingKinds.All"/>'s order.</summary>
    public IReadOnlyList<(string Kind, int Count)> Counts { get; private set; } = [];

    public int Total { get; private set; }

    public DataTable Table { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var all = Metrics.Findings(Semester, AsOf);
        if (Kind is not null && !FindingKinds.All.Contains(Kind))
        {
            Problems.Add($"沒有「{Kind}」這種稽核發現，改顯示全部");
            Kind = null;
        }
        Counts = FindingKinds.All.Select(k => (k, all.Count(f => f.Kind == k))).ToList();
        Total = all.Count;
        var shown = Kind is null ? all : all.Where(f => f.Kind == Kind).ToList();
        Table = FindingsTable.Build(Kind is null ? "稽核發現（全部）" : $"稽核發現：{FindingKinds.ToChinese(Kind)}", shown);
        return ExportIfAsked(Table) ?? Page();
    }
}

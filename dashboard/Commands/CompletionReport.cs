using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>What <c>portfolio completion</c> prints: the rows and what they were asked for.</summary>
internal sealed record CompletionReport(
    string SchoolCode, string SchoolName, Semester Semester, DateTime AsOf, Breakdown By, IReadOnlyList<CompletionRow> Rows);

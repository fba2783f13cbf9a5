using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Documents;

/// <summary>
/// The reports' public surface: the same Razor component renders the dashboard's preview (HTML) and the PDF
/// (headless Chromium); XLSX comes from ClosedXML. One browser stays alive for a batch. STUB until reports land.
/// </summary>
public sealed class ReportGenerator(CompletionMetrics metrics) : IAsyncDisposable
{
    public CompletionMetrics Metrics { get; } = metrics;

    public Task<string> RenderHtmlAsync(ReportKind kind, ReportRequest request) =>
        Task.FromResult("<p>報表尚未實作</p>");

    public Task<byte[]> RenderAsync(ReportKind kind, ReportRequest request, ReportFormat format) =>
        throw new NotImplementedException("報表尚未實作");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

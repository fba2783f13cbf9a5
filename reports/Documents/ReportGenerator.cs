using PortfolioAnalytics.Reports.Awards;
using PortfolioAnalytics.Reports.Data;
using PortfolioAnalytics.Reports.FollowUp;
using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.SelfCheck;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Documents;

/// <summary>
/// The reports' public surface: the same Razor component renders the dashboard's preview (HTML) and the PDF
/// (headless Chromium); XLSX comes from ClosedXML. One browser stays alive for a batch: dispose the generator after it.
/// </summary>
public sealed class ReportGenerator : IAsyncDisposable
{
    private readonly IMetrics _data;
    private readonly Clock _clock;
    private readonly PdfPrinter _printer = new();

    /// <param name="metrics">The one facade (the dashboard passes its cached one, so documents and pages agree).</param>
    /// <param name="clock">Dates the documents (產製時間, letters); the demo's runs from its export moment.</param>
    public ReportGenerator(IMetrics metrics, Clock? clock = null)
    {
        _data = metrics;
        _clock = clock ?? Clock.System;
    }


    /// <summary>The formats each document comes in.</summary>
    public static IReadOnlyList<ReportFormat> Formats(ReportKind kind) => kind switch
    {
        ReportKind.SelfCheck or ReportKind.Awards => [ReportFormat.Pdf, ReportFormat.Xlsx, ReportFormat.Html, ReportFormat.Json],
        ReportKind.FollowUp => [ReportFormat.Xlsx, ReportFormat.Pdf, ReportFormat.Html],
        ReportKind.Letters => [ReportFormat.Pdf, ReportFormat.Html],
        _ => [],
    };

    /// <summary>The document as one HTML page (the dashboard shows it; Chromium prints the very same HTML).</summary>
    public Task<string> RenderHtmlAsync(ReportKind kind, ReportRequest request) =>
        RenderHtmlAsync(Batch(), kind, Resolve(request), request);

    public Task<byte[]> RenderAsync(ReportKind kind, ReportRequest request, ReportFormat format) =>
        RenderAsync(Batch(), kind, request, format);

    private async Task<byte[]> RenderAsync(IMetrics data, ReportKind kind, ReportRequest request, ReportFormat format)
    {
        if (!Formats(kind).Contains(format))
            throw new ReportException($"{KindName(kind)}不提供 {format.ToString().ToUpperInvariant()} 格式；" +
                $"可用：{string.Join("、", Formats(kind).Select(f => f.ToString().ToUpperInvariant()))}");
        var query = Resolve(request);
        switch (format)
        {
            case ReportFormat.Html:
                return System.Text.Encoding.UTF8.GetBytes(await RenderHtmlAsync(data, kind, query, request));
            case ReportFormat.Xlsx:
                return Workbook(data, kind, query);
            case ReportFormat.Json:
                return kind == ReportKind.Awards
                    ? ReportJson.Awards(AwardsBuilder.Build(data, query.Semester, query.AsOf, Now), query)
                    : ReportJson.SelfCheck(data, query);
            default:
                var html = await RenderHtmlAsync(data, kind, query, request);
                var footer = kind == ReportKind.Letters ? null : $"{data.School.Name}　{KindName(kind)}　{query.Semester.ToChinese()}";
                return await _printer.PrintAsync(html, footer, landscape: kind == ReportKind.FollowUp);
        }
    }

    /// <summary>The full set <see cref="WriteAllAsync"/> writes, in its order.</summary>
    public static IReadOnlyList<(ReportKind Kind, ReportFormat Format)> DocumentSet { get; } =
    [
        (ReportKind.SelfCheck, ReportFormat.Pdf), (ReportKind.SelfCheck, ReportFormat.Xlsx),
        (ReportKind.Awards, ReportFormat.Pdf), (ReportKind.Awards, ReportFormat.Xlsx),
        (ReportKind.FollowUp, ReportFormat.Xlsx), (ReportKind.Letters, ReportFormat.Pdf),
    ];

    /// <summary>
    /// Writes every document of <see cref="DocumentSet"/> into <paramref name="folder"/>, named by kind and semester;
    /// returns the paths written. <paramref name="onWritten"/> hears of each file as soon as it is on disk.
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteAllAsync(string folder, ReportRequest request, Action<string>? onWritten = null)
    {
        Directory.CreateDirectory(folder);
        var data = Batch();
        var written = new List<string>();
        foreach (var (kind, format) in DocumentSet)
        {
            var path = Path.Combine(folder, FileName(kind, request.Semester, format));
            await File.WriteAllBytesAsync(path, await RenderAsync(data, kind, request, format));
            written.Add(path);
            onWritten?.Invoke(path);
        }
        return written;
    }

    /// <summary>自我檢核_111-1.pdf</summary>
    public static string FileName(ReportKind kind, Warehouse.Calendar.Semester semester, ReportFormat format) =>
        $"{KindName(kind)}_{semester}.{format.ToString().ToLowerInvariant()}";

    public static string KindName(ReportKind kind) => kind switch
    {
        ReportKind.SelfCheck => "自我檢核報告",
        ReportKind.Awards => "敘獎評核資料",
        ReportKind.FollowUp => "待追蹤名單",
        ReportKind.Letters => "家長通知",
        _ => kind.ToString(),
    };

    private ReportQuery Resolve(ReportRequest request) =>
        new(request.Semester, request.AsOf ?? _clock.Now, request.ClassCode)
        {
            Grade = request.Grade, PhaseId = request.PhaseId, Level = request.Level,
        };

    private DateTime Now => _clock.Now;

    /// <summary>One document or batch asks the same questions several times: the answers are remembered for it.</summary>
    private IMetrics Batch() => _data is MetricsCache ? _data : new MetricsCache(_data);

    private Task<string> RenderHtmlAsync(IMetrics data, ReportKind kind, ReportQuery query, ReportRequest request) => kind switch
    {
        ReportKind.SelfCheck => HtmlRendering.RenderAsync<SelfCheckDocument>(SelfCheck(data, query, withCharts: true)),
        ReportKind.Awards => HtmlRendering.RenderAsync<AwardsDocument>(AwardsBuilder.Build(data, query.Semester, query.AsOf, Now)),
        ReportKind.FollowUp => HtmlRendering.RenderAsync<FollowUpDocument>(FollowUpBuilder.Build(data, query, Now)),
        ReportKind.Letters => HtmlRendering.RenderAsync<LettersDocument>(LettersBuilder.Build(data, query, Now, request.LetterTemplate)),
        _ => throw new ReportException($"未知的報表種類：{kind}"),
    };

    private SelfCheckModel SelfCheck(IMetrics data, ReportQuery query, bool withCharts) => SelfCheckBuilder.WithFindings(
        SelfCheckBuilder.Build(data, query.Semester, query.AsOf, Now, withCharts), data.Findings(query.Semester, query.AsOf));

    private byte[] Workbook(IMetrics data, ReportKind kind, ReportQuery query)
    {
        switch (kind)
        {
            case ReportKind.SelfCheck:
                var model = SelfCheck(data, query, withCharts: false);
                var phases = data.Phases(query.Semester);
                var rows = data.Completion(new CompletionQuery(query.Semester, query.AsOf, Breakdown.Phase));
                return SelfCheckWorkbook.Write(model, phases, rows);
            case ReportKind.Awards:
                return AwardsWorkbook.Write(AwardsBuilder.Build(data, query.Semester, query.AsOf, Now));
            case ReportKind.FollowUp:
                return FollowUpWorkbook.Write(FollowUpBuilder.Build(data, query, Now));
            default:
                throw new ReportException($"{KindName(kind)}不提供 XLSX 格式");
        }
    }

    public ValueTask DisposeAsync() => _printer.DisposeAsync();
}

using Microsoft.AspNetCore.Mvc;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Reports.Documents;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>自我檢核 and 敘獎: the reports' own documents, previewed (HTML) and downloaded (PDF, XLSX).</summary>
public sealed class ReportsModel(ILogger<ReportsModel> log) : DashboardPage
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public ReportKind Document => Kind == nameof(ReportKind.Awards) ? ReportKind.Awards : ReportKind.SelfCheck;
    public string ReportTitle => Document == ReportKind.Awards ? "敘獎評核" : "自我檢核";

    /// <summary>Documents the host writes in the background (the demo's set), or null when it writes none for this school.</summary>
    public DocumentBatch? Documents => HttpContext.RequestServices.GetService<DocumentBatch>() is { } batch
        && (batch.SchoolCode ?? Service<Data.SchoolRegistry>().Default.Code) == School.Code ? batch : null;

    public void OnGet() { }

    /// <summary>A finished file of <see cref="Documents"/>; any other path is not found.</summary>
    public IActionResult OnGetWritten(string file)
    {
        if (Documents?.FullPathOf(file) is not { } path) return NotFound();
        var type = Path.GetExtension(path) switch
        {
            ".pdf" => "application/pdf",
            ".xlsx" => PortfolioAnalytics.Dashboard.Export.XlsxExport.ContentType,
            _ => "text/html; charset=utf-8",
        };
        return PhysicalFile(path, type, Path.GetFileName(path));
    }

    public static string StateText(DocumentFile file) => file.State switch
    {
        DocumentState.Waiting => "等待中",
        DocumentState.Writing => "產生中……",
        DocumentState.Done => file.Took is { } t ? $"完成（{t.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} 秒）" : "完成",
        _ => "未完成",
    };

    protected override IEnumerable<string> CheckParameters()
    {
        if (Kind is not null && Kind != nameof(ReportKind.SelfCheck) && Kind != nameof(ReportKind.Awards))
            yield return $"報表種類「{Kind}」不存在（可用：SelfCheck＝自我檢核、Awards＝敘獎評核）";
        if (Request.Query["format"].ToString() is { Length: > 0 } format && format is not ("pdf" or "xlsx"))
            yield return $"檔案格式「{format}」不存在（可用：pdf、xlsx）";
    }

    public async Task<IActionResult> OnGetHtmlAsync()
    {
        Security.SecurityHeaders.AllowFramingBySelf(Response);
        try
        {
            // A rendered preview stays valid until the warehouse changes.
            var request = new ReportRequest(Semester, AsOf);
            var html = await School.Metrics.Get(("report-html", Document, request), () => School.Reports.RenderHtmlAsync(Document, request));
            return Content(html, "text/html; charset=utf-8");
        }
        catch (ReportException e)
        {
            return Content($"<p>{System.Net.WebUtility.HtmlEncode(e.Message)}</p>", "text/html; charset=utf-8");
        }
        catch (Exception e)
        {
            log.LogError(e, "Report preview failed");
            return Content("<p>產生報表預覽時發生錯誤，已記錄於系統日誌。</p>", "text/html; charset=utf-8");
        }
    }

    public async Task<IActionResult> OnGetFileAsync(string format)
    {
        var f = format == "xlsx" ? ReportFormat.Xlsx : ReportFormat.Pdf;
        try
        {
            var bytes = await School.Reports.RenderAsync(Document, new ReportRequest(Semester, AsOf), f);
            return File(bytes, f == ReportFormat.Pdf ? "application/pdf" : PortfolioAnalytics.Dashboard.Export.XlsxExport.ContentType,
                $"{ReportTitle}-{Semester}.{(f == ReportFormat.Pdf ? "pdf" : "xlsx")}");
        }
        catch (ReportException e)
        {
            return Content(e.Message, "text/plain; charset=utf-8");
        }
        catch (Exception e)
        {
            log.LogError(e, "Report download failed");
            return Content("產生報表時發生錯誤，已記錄於系統日誌。", "text/plain; charset=utf-8");
        }
    }
}

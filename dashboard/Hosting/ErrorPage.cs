using System.Net;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>
/// The zh-TW page of every error status (a bad parameter, a missing page, a refused method, a failure), written
/// without Razor so that it works whatever went wrong. Pages put their reasons in <see cref="Problems"/>.
/// </summary>
public static class ErrorPage
{
    private const string ProblemsKey = "dashboard.problems";

    /// <summary>Answers 400 with these reasons (the page's own parameters that could not be read).</summary>
    public static void BadRequest(HttpContext context, IEnumerable<string> problems) =>
        context.Items[ProblemsKey] = problems.ToList();

    public static Task WriteAsync(StatusCodeContext context) => WriteAsync(context.HttpContext);

    public static async Task WriteAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var (title, text) = Describe(http, status);
        var problems = http.Items[ProblemsKey] as IReadOnlyList<string> ?? [];
        if (http.Request.Method == HttpMethods.Head) return;
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh-Hant-TW\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Enc(title)).Append(" — 學習歷程檔案儀表板</title>\n<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n")
            .Append("<header><span class=\"school\">學習歷程檔案儀表板</span></header>\n<main>\n<h1>").Append(Enc(title)).Append("</h1>\n");
        foreach (var p in problems) html.Append("<div class=\"problem\">").Append(Enc(p)).Append("</div>\n");
        html.Append("<p>").Append(Enc(text)).Append("</p>\n<p><a href=\"/\">回首頁</a></p>\n</main>\n</body>\n</html>\n");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.ToString());
    }

    /// <summary>The exception handler: a request the server could not read is the client's (400), the rest is ours (500).</summary>
    public static Task HandleExceptionAsync(HttpContext http)
    {
        if (http.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad)
            http.Response.StatusCode = bad.StatusCode;
        return WriteAsync(http);
    }

    private static (string Title, string Text) Describe(HttpContext http, int status) => status switch
    {
        400 when http.Items.ContainsKey(ProblemsKey) => ("網址參數有誤", "請更正上列參數後再試一次。"),
        400 when HttpMethods.IsPost(http.Request.Method) =>
            ("表單無法送出", "表單已過期或缺少驗證資訊（防偽權杖），請重新整理頁面後再送出一次。"),
        400 => ("要求格式有誤", "伺服器無法讀取這個要求，請確認網址後再試一次。"),
        401 => ("請先登入", "請回首頁登入後再試一次。"),
        403 => ("無權限", "您的角色不能開啟此頁。"),
        404 => ("找不到此頁", "網址可能有誤，或此資料已不存在。"),
        405 => ("不支援此操作", "此網址只接受一般的開啟（GET）與表單送出（POST）。"),
        413 => ("上傳資料過大", "請縮小資料後再試一次。"),
        415 => ("資料格式不支援", "請由頁面上的表單送出。"),
        429 => ("嘗試次數過多", "請稍候再試。"),
        >= 500 => ("系統發生錯誤", "伺服器處理時發生錯誤，已記錄於系統日誌；請稍後再試，或告知系統管理員發生的時間。"),
        _ => ($"無法處理此要求（{status}）", "請確認網址後再試一次。"),
    };

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}

using System.Globalization;
using System.Text;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>A load's result in words for the terminal (zh-TW): per kind read / loaded / rejected, then rejects by reason.</summary>
public static class LoadSummary
{
    public static string Format(LoadResult result)
    {
        var sb = new StringBuilder();
        var status = result.Status switch
        {
            LoadResult.Succeeded => "載入完成",
            LoadResult.RejectedRows => "載入完成，但有資料被退回或檔案無法載入",
            _ => "載入失敗，倉儲未變更",
        };
        sb.AppendLine(CultureInfo.InvariantCulture, $"{status}（載入編號 {result.LoadId}，費時 {result.Elapsed.TotalSeconds:0.0} 秒）");
        if (result.Message is { } m && result.Status == LoadResult.Failed) sb.AppendLine(m);
        foreach (var k in result.Kinds)
        {
            var label = KindCatalog.TryGet(k.Kind, out var spec) ? spec.Label : "（未知）";
            switch (k.Status)
            {
                case "loaded":
                    sb.AppendLine($"  {label}（{k.File}）：讀取 {k.Read:N0} 列，載入 {k.Loaded:N0} 列（新增 {k.Inserted:N0}、更新 {k.Updated:N0}、未變 {k.Unchanged:N0}"
                                  + (k.Deleted > 0 ? $"、標記刪除 {k.Deleted:N0}" : "") + $"），退回 {k.Rejected:N0} 列");
                    break;
                case "stopped":
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  {label}（{k.File}）：無法載入 — {k.Message}");
                    break;
                default:
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  略過 {k.File}：{k.Message}");
                    break;
            }
        }
        if (result.RejectsByReason.Count > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"退回原因（共 {result.RejectsByReason.Values.Sum():N0} 列，明細見 etl_reject）：");
            foreach (var (code, n) in result.RejectsByReason)
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {RejectReasons.Label(code)}：{n:N0} 列");
        }
        foreach (var c in result.Checks ?? [])
            if (c.RowsFailing > 0 && c.Severity != "error")
                sb.AppendLine(CultureInfo.InvariantCulture, $"{(c.Severity == "warn" ? "警示" : "提示")}：{c.Message}");
        return sb.ToString();
    }
}

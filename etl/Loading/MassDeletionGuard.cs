using System.Globalization;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// A truncated export must never wipe a table: a <c>full</c> file without a single row never deletes, and one that
/// would mark more than the allowed share of a kind's live rows deleted stops unless the registry confirmed that
/// kind (<c>--allow-mass-delete KIND</c>). Any source's full reconcile goes through <see cref="KindMerger"/>, so through this.
/// </summary>
internal static class MassDeletionGuard
{
    /// <summary>Null when the deletion may go ahead; else the zh-TW reason the file stops.</summary>
    public static string? Problem(KindSpec kind, string file, long staged, long live, long gone, LoadOptions options)
    {
        if (gone == 0) return null;
        if (staged == 0)
            return $"{file}：此 full 檔只有標題列、沒有任何資料，會把倉儲中「{kind.Label}」現有的 {live:N0} 筆全部標為刪除；"
                   + "這通常是匯出不完整，本檔未載入，倉儲中的「" + kind.Label + "」未變更。請重新匯出完整的檔案";
        var share = (decimal)gone / live;
        if (gone <= options.MassDeleteFloor || share <= options.MassDeleteShare || options.AllowMassDelete.Contains(kind.Kind)) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"{file}：此 full 檔會把倉儲中「{kind.Label}」現有 {live:N0} 筆中的 {gone:N0} 筆（{share:P1}）標為刪除，超過上限 {options.MassDeleteShare:P0}，"
            + $"可能是匯出不完整；本檔未載入，倉儲中的「{kind.Label}」未變更。若確實要刪除，請確認後以 portfolio load … --allow-mass-delete {kind.Kind} 重新載入");
    }
}

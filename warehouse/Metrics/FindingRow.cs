namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A compliance finding: Kind is one of <see cref="FindingKinds"/>; Message is the zh-TW sentence staff read.
/// StaffNo is the course teacher (certification-outside-window) or the 導師 (no-counseling).
/// </summary>
public sealed record FindingRow(string Kind, string Message, string? StudentNo, string? ClassCode, string? StaffNo);

/// <summary>The stable kinds of <see cref="FindingRow"/>.</summary>
public static class FindingKinds
{
    public const string SelectionOverCap = "selection-over-cap";
    public const string UploadOverSubjectCap = "upload-over-subject-cap";
    public const string CertificationOutsideWindow = "certification-outside-window";
    public const string ReceiptErrorUnresolved = "receipt-error-unresolved";
    public const string NoCounseling = "no-counseling";

    /// <summary>What a kind is called in zh-TW (a heading in reports).</summary>
    public static string ToChinese(string kind) => kind switch
    {
        SelectionOverCap => "勾選超過上限",
        UploadOverSubjectCap => "單科上傳超過上限",
        CertificationOutsideWindow => "認證不在認證期間內",
        ReceiptErrorUnresolved => "收訖明細錯誤尚未處理",
        NoCounseling => "本學期尚無課程諮詢紀錄",
        _ => kind,
    };
}

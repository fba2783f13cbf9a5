namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>The stable kinds of <see cref="FindingRow"/> (machine-readable: JSON, CSV, URLs).</summary>
public static class FindingKinds
{
    public const string SelectionOverCap = "selection-over-cap";
    public const string UploadOverCap = "upload-over-cap";
    public const string UploadOverSubjectCap = "upload-over-subject-cap";
    public const string CertificationOutsideWindow = "certification-outside-window";
    public const string ReceiptErrorUnresolved = "receipt-error-unresolved";
    public const string NoCounseling = "no-counseling";

    /// <summary>Every kind, in the order pages and reports list them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [SelectionOverCap, UploadOverCap, UploadOverSubjectCap, CertificationOutsideWindow, ReceiptErrorUnresolved, NoCounseling];

    /// <summary>What a kind is called in zh-TW (a heading in reports).</summary>
    public static string ToChinese(string kind) => kind switch
    {
        SelectionOverCap => "勾選超過上限",
        UploadOverCap => "上傳超過上限",
        UploadOverSubjectCap => "單科上傳超過上限",
        CertificationOutsideWindow => "認證不在認證期間內",
        ReceiptErrorUnresolved => "收訖明細錯誤尚未處理",
        NoCounseling => "本學期尚無課程諮詢紀錄",
        _ => kind,
    };
}

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>The zh-TW label of each reject reason code (etl_reject.reason_code), for summaries.</summary>
public static class RejectReasons
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["bad_national_id"] = "身分證號錯誤",
        ["bad_date"] = "日期無法辨識",
        ["missing_value"] = "必填欄位空白",
        ["bad_value"] = "欄位值不符格式或不在選項內",
        ["bad_field_count"] = "欄位數與標題列不符",
        ["bad_character"] = "含有控制字元（如 NUL）",
        ["future_date"] = "日期晚於匯出時間",
        ["duplicate_conflict"] = "同一筆資料重複且內容不同",
        ["unknown_student"] = "查無此學生",
        ["unknown_class"] = "查無此班級",
        ["unknown_course"] = "查無此開課",
        ["unknown_staff"] = "查無此教職員",
        ["unknown_artifact"] = "查無此課程學習成果",
        ["unknown_item"] = "查無勾選的項目",
        ["unknown_submission"] = "查無此提交",
        ["upload_outside_semester"] = "上傳時間不在該學期的上傳期間",
        ["uncertified_certifier"] = "認證者既非任課教師也非其代理人",
    };

    public static string Label(string code) => Labels.TryGetValue(code, out var label) ? label : code;
}

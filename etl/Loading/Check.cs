namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// A data-quality check over a kind's staged rows (SQL in Checks/&lt;kind&gt;.&lt;name&gt;.sql returning the failing
/// rows' <c>_line</c> and a zh-TW <c>reason</c>). A rejecting check turns failures into rejects with
/// <paramref name="Code"/>; the others only count (warn / info). Every run is kept in etl_check, passes too.
/// </summary>
internal sealed record Check(string Kind, string Name, string Code, string Severity, bool Rejects, string Column)
{
    public string FullName => $"{Kind}.{Name}";
    public string SqlPath => $"Loading/Checks/{Kind}.{Name}.sql";
}

internal static class CheckCatalog
{
    private static Check Reject(string kind, string name, string code, string column) => new(kind, name, code, "error", true, column);
    private static Check Warn(string kind, string name, string column) => new(kind, name, name, "warn", false, column);

    /// <summary>Kind-specific checks, run after the generic duplicate checks of the same kind.</summary>
    public static IReadOnlyList<Check> All { get; } =
    [
        Warn("students", "national_id_shared", "身分證號"),
        Reject("deputies", "unknown_staff", "unknown_staff", "代理人編號"),
        Warn("classes", "unknown_tutor", "導師編號"),
        Reject("status_changes", "unknown_student", "unknown_student", "學號"),
        Reject("status_changes", "unknown_class", "unknown_class", "新班級"),
        Reject("class_assignments", "unknown_student", "unknown_student", "學號"),
        Reject("class_assignments", "unknown_class", "unknown_class", "班級代碼"),
        Reject("courses", "unknown_class", "unknown_class", "班級代碼"),
        Warn("courses", "unknown_teacher", "授課教師編號"),
        Warn("courses", "course_code_length", "課程代碼"),
        Reject("course_records", "unknown_student", "unknown_student", "學號"),
        Reject("course_records", "unknown_course", "unknown_course", "開課序號"),
        Reject("artifacts", "unknown_student", "unknown_student", "學號"),
        Reject("artifacts", "unknown_course", "unknown_course", "開課序號"),
        Reject("artifacts", "upload_outside_semester", "upload_outside_semester", "上傳時間"),
        Warn("artifacts", "size_limit", "檔案大小KB"),
        Warn("artifacts", "description_length", "簡述"),
        Reject("certifications", "unknown_artifact", "unknown_artifact", "成果編號"),
        Reject("certifications", "missing_reason", "missing_value", "未通過原因"),
        Reject("certifications", "uncertified_certifier", "uncertified_certifier", "認證教師編號"),
        Warn("certifications", "before_upload", "認證時間"),
        Reject("achievements", "unknown_student", "unknown_student", "學號"),
        Reject("cadre_roles", "unknown_student", "unknown_student", "學號"),
        Reject("counseling", "unknown_student", "unknown_student", "學號"),
        Warn("counseling", "unknown_counselor", "課諮師編號"),
        Reject("selections", "unknown_student", "unknown_student", "學號"),
        Reject("selections", "unknown_item", "unknown_item", "項目編號"),
        Warn("selections", "uncertified_artifact", "項目編號"),
        Reject("receipts", "unknown_student", "unknown_student", "身分證號"),
        Reject("receipts", "unknown_submission", "unknown_submission", "提交編號"),
    ];

    /// <summary>The reason codes found while reading rows, each recorded as a check of its own.</summary>
    public static IReadOnlyList<(string Code, string Name)> ParseCodes { get; } =
    [
        ("bad_field_count", "field_count"),
        ("missing_value", "required_values"),
        ("bad_value", "values"),
        ("bad_date", "dates"),
        ("bad_national_id", "national_ids"),
        ("bad_character", "characters"),
        ("future_date", "future_dates"),
    ];
}

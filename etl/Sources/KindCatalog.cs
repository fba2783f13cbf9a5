namespace PortfolioAnalytics.Etl.Sources;

/// <summary>The record kinds of the admin system's export, as docs/source-format.md describes them.</summary>
public static class KindCatalog
{
    private static readonly string[] Divisions = ["日間部", "進修部"];
    private static readonly string[] Statuses = ["在學", "休學", "轉出", "轉入", "復學", "重讀", "借讀", "畢業", "離校"];
    private static readonly string[] ChangeTypes = ["轉入", "轉出", "休學", "復學", "重讀", "借讀", "畢業", "離校"];
    private static readonly string[] Terms = ["1", "2"];
    private static readonly string[] TermsOrYear = ["0", "1", "2"];
    private static readonly string[] Categories =
        ["幹部經歷", "競賽參與", "檢定證照", "服務學習", "彈性學習時間", "團體活動時間", "職場學習", "作品成果", "大學及技專校院先修課程", "其他多元表現"];
    private static readonly string[] DataCategories = ["基本資料", "修課紀錄", "課程學習成果", "多元表現", "幹部經歷"];

    private static ColumnSpec StudentNo() => new("學號", "student_no", ColumnType.Text, true, Aliases: ["學生學號"]);
    private static ColumnSpec Year() => new("學年度", "academic_year", ColumnType.RocYear, true, Aliases: ["學年"]);
    private static ColumnSpec Term(bool yearly = false) =>
        new("學期", "term", ColumnType.Integer, true, yearly ? TermsOrYear : Terms, ["學期別"]);
    private static ColumnSpec ClassCode(bool required) =>
        new("班級代碼", "class_code", ColumnType.Text, required, Aliases: ["班級", "班級代號", "班級編號", "班級名稱代碼"]);
    private static ColumnSpec CourseId() => new("開課序號", "course_id", ColumnType.Text, true, Aliases: ["開課編號", "開課代號"]);

    /// <summary>Every kind, in the order they are checked and merged: what a row refers to comes before it.</summary>
    public static IReadOnlyList<KindSpec> All { get; } =
    [
        new("staff", "教職員", "教職員.csv", "staff", ["staff_no"],
        [
            new("教職員編號", "staff_no", ColumnType.Text, true, Aliases: ["教師編號", "職員編號", "員工編號"]),
            new("姓名", "name", ColumnType.Text, true, Aliases: ["教職員姓名", "教師姓名"]),
            new("處室", "office", ColumnType.Text, true, Aliases: ["單位", "處室名稱"]),
            new("組別", "section", ColumnType.Text, Aliases: ["組", "組別名稱"]),
            new("職稱", "title", ColumnType.Text),
            new("課程諮詢教師", "is_course_counselor", ColumnType.YesNo, Aliases: ["課諮師", "是否為課程諮詢教師"]),
            new("電子郵件", "email", ColumnType.Text, Aliases: ["Email", "E-mail", "電子信箱"]),
        ]),
        new("deputies", "代理人名單", "代理人名單.csv", "deputy", ["staff_no", "rank"],
        [
            new("教職員編號", "staff_no", ColumnType.Text, true, Aliases: ["被代理人編號", "教師編號"]),
            new("代理人編號", "deputy_staff_no", ColumnType.Text, true, Aliases: ["代理人教職員編號"]),
            new("代理順位", "rank", ColumnType.Integer, true, Aliases: ["順位", "代理順序"]),
        ]),
        new("students", "學生基本資料", "學生基本資料.csv", "student", ["student_no"],
        [
            StudentNo(),
            new("身分證號", "national_id", ColumnType.NationalId, true, Aliases: ["身分證統一編號", "身分證字號", "身份證號", "統一編號"]),
            new("姓名", "name", ColumnType.Text, true, Aliases: ["學生姓名"]),
            new("部別", "division", ColumnType.Text, true, Divisions, ["學制"]),
            new("性別", "gender", ColumnType.Text, Allowed: ["男", "女"]),
            new("入學年度", "admission_year", ColumnType.RocYear, Aliases: ["入學學年度"]),
            new("學籍狀態", "status", ColumnType.Text, true, Statuses, ["在學狀態", "學籍狀況"]),
            new("家長姓名", "guardian_name", ColumnType.Text, Aliases: ["監護人姓名"]),
            new("家長電話", "guardian_phone", ColumnType.Text, Aliases: ["監護人電話", "聯絡電話"]),
            new("家長電子郵件", "guardian_email", ColumnType.Text, Aliases: ["家長Email", "監護人電子郵件"]),
            new("通訊地址", "address", ColumnType.Text, Aliases: ["地址", "聯絡地址"]),
        ]),
        new("classes", "班級", "班級.csv", "school_class", ["semester", "class_code"],
        [
            Year(), Term(), ClassCode(true),
            new("年級", "grade", ColumnType.Integer, true, ["10", "11", "12"]),
            new("部別", "division", ColumnType.Text, true, Divisions, ["學制"]),
            new("班級名稱", "name", ColumnType.Text, Aliases: ["班名"]),
            new("導師編號", "tutor_staff_no", ColumnType.Text, Aliases: ["導師教職員編號"]),
        ]),
        new("status_changes", "學籍異動", "學籍異動.csv", "enrolment_change", ["student_no", "change_date", "change_type"],
        [
            StudentNo(),
            new("異動日期", "change_date", ColumnType.Date, true, Aliases: ["異動生效日期", "生效日期"]),
            new("異動類別", "change_type", ColumnType.Text, true, ChangeTypes, ["異動類型", "異動原因類別"]),
            new("原班級", "from_class", ColumnType.Text, Aliases: ["原班級代碼"]),
            new("新班級", "to_class", ColumnType.Text, Aliases: ["新班級代碼"]),
            new("說明", "note", ColumnType.Text, Aliases: ["備註"]),
        ]),
        new("class_assignments", "編班", "編班.csv", "class_assignment", ["semester", "student_no"],
        [
            Year(), Term(), StudentNo(), ClassCode(true),
            new("座號", "seat_no", ColumnType.Integer, Aliases: ["座位號碼"]),
        ]),
        new("courses", "開課", "開課.csv", "course", ["semester", "course_id"],
        [
            Year(), Term(), CourseId(),
            new("課程代碼", "course_code", ColumnType.Text, true, Aliases: ["課程代碼(23碼)"]),
            new("科目名稱", "subject_name", ColumnType.Text, true, Aliases: ["課程名稱", "科目"]),
            new("修課學分", "credits", ColumnType.Number, true, Aliases: ["學分", "學分數", "節數"]),
            new("開課年級", "grade", ColumnType.Integer, Allowed: ["10", "11", "12"]),
            new("授課教師編號", "teacher_staff_no", ColumnType.Text, true, Aliases: ["任課教師編號", "教師編號"]),
            ClassCode(false),
            new("群組名稱", "group_name", ColumnType.Text, Aliases: ["選課群組"]),
        ]),
        new("course_records", "修課紀錄", "修課紀錄.csv", "course_record", ["semester", "course_id", "student_no"],
        [
            Year(), Term(), CourseId(), StudentNo(),
            new("成績", "score", ColumnType.Number, Aliases: ["學期成績"]),
            new("實得學分", "credits_earned", ColumnType.Number, Aliases: ["取得學分"]),
        ]),
        new("artifacts", "課程學習成果", "課程學習成果.csv", "course_artifact", ["artifact_id"],
        [
            new("成果編號", "artifact_id", ColumnType.Text, true, Aliases: ["成果序號"]),
            StudentNo(), Year(), Term(), CourseId(),
            new("上傳時間", "uploaded_at", ColumnType.DateTime, true, Aliases: ["上傳日期"]),
            new("檔案類型", "file_type", ColumnType.Text, true, ["pdf", "jpg", "png", "mp3", "mp4"], ["檔案格式", "副檔名"]),
            new("檔案大小KB", "file_size_bytes", ColumnType.Integer, true, Aliases: ["檔案大小", "檔案大小(KB)"], Multiplier: 1024),
            new("簡述", "description", ColumnType.Text, Aliases: ["內容簡述", "成果簡述"]),
        ]),
        new("certifications", "成果認證", "成果認證.csv", "certification", ["artifact_id", "decided_at"],
        [
            new("成果編號", "artifact_id", ColumnType.Text, true, Aliases: ["成果序號"]),
            new("認證時間", "decided_at", ColumnType.DateTime, true, Aliases: ["認證日期"]),
            new("認證結果", "result", ColumnType.Text, true, ["通過", "未通過"], ["認證狀態"]),
            new("未通過原因", "reason", ColumnType.Text, Aliases: ["不通過原因", "未通過理由"]),
            new("認證教師編號", "certified_by", ColumnType.Text, true, Aliases: ["認證人員編號", "認證者編號"]),
        ]),
        new("achievements", "多元表現", "多元表現.csv", "achievement", ["achievement_id"],
        [
            new("表現編號", "achievement_id", ColumnType.Text, true, Aliases: ["多元表現編號"]),
            StudentNo(), Year(),
            new("類別", "category", ColumnType.Text, true, Categories, ["多元表現類別", "表現類別"]),
            new("名稱", "title", ColumnType.Text, true, Aliases: ["表現名稱", "項目名稱"]),
            new("上傳時間", "uploaded_at", ColumnType.DateTime, true, Aliases: ["上傳日期"]),
        ]),
        new("cadre_roles", "幹部經歷", "幹部經歷.csv", "cadre_role", ["record_id"],
        [
            new("紀錄編號", "record_id", ColumnType.Text, true, Aliases: ["記錄編號"]),
            StudentNo(), Year(), Term(),
            new("幹部名稱", "role_name", ColumnType.Text, true, Aliases: ["職稱", "擔任職務"]),
            new("單位名稱", "organisation", ColumnType.Text, Aliases: ["單位"]),
            new("登錄時間", "entered_at", ColumnType.DateTime, Aliases: ["登錄日期"]),
            new("登錄人員編號", "entered_by", ColumnType.Text, Aliases: ["登錄者編號"]),
        ]),
        new("counseling", "課程諮詢紀錄", "課程諮詢紀錄.csv", "counseling_record", ["record_id"],
        [
            new("紀錄編號", "record_id", ColumnType.Text, true, Aliases: ["記錄編號"]),
            StudentNo(), Year(), Term(),
            new("課諮師編號", "counselor_staff_no", ColumnType.Text, true, Aliases: ["課程諮詢教師編號"]),
            new("諮詢日期", "held_on", ColumnType.Date, true, Aliases: ["諮詢時間"]),
            new("方式", "mode", ColumnType.Text, Allowed: ["個別", "團體"], Aliases: ["諮詢方式"]),
            new("登錄時間", "entered_at", ColumnType.DateTime, Aliases: ["登錄日期"]),
        ]),
        new("selections", "勾選", "勾選.csv", "selection", ["student_no", "item_kind", "item_id"],
        [
            StudentNo(), Year(),
            new("項目類型", "item_kind", ColumnType.Text, true, ["課程學習成果", "多元表現"], ["類型"],
                new Dictionary<string, string> { ["課程學習成果"] = "artifact", ["多元表現"] = "achievement" }),
            new("項目編號", "item_id", ColumnType.Text, true, Aliases: ["成果編號", "表現編號"]),
            new("勾選時間", "selected_at", ColumnType.DateTime, true, Aliases: ["勾選日期"]),
        ]),
        new("submissions", "提交", "提交.csv", "submission", ["submission_id"],
        [
            new("提交編號", "submission_id", ColumnType.Text, true, Aliases: ["提交序號"]),
            Year(), Term(yearly: true),
            new("資料類別", "category", ColumnType.Text, true, DataCategories, ["名冊類別"]),
            new("提交單位", "unit", ColumnType.Text, true, Aliases: ["單位"]),
            new("提交時間", "submitted_at", ColumnType.DateTime, true, Aliases: ["提交日期"]),
            new("提交人員編號", "submitted_by", ColumnType.Text, Aliases: ["提交者編號"]),
            new("筆數", "row_count", ColumnType.Integer, Aliases: ["資料筆數"]),
        ]),
        new("receipts", "收訖明細", "收訖明細.csv", "receipt", ["receipt_id"],
        [
            new("收訖編號", "receipt_id", ColumnType.Text, true, Aliases: ["收訖序號"]),
            new("提交編號", "submission_id", ColumnType.Text, true, Aliases: ["提交序號"]),
            new("身分證號", "national_id", ColumnType.NationalId, true, Aliases: ["身分證統一編號", "身分證字號", "身份證號"]),
            Year(), Term(yearly: true),
            new("資料類別", "category", ColumnType.Text, true, DataCategories, ["名冊類別"]),
            new("產製時間", "issued_at", ColumnType.DateTime, true, Aliases: ["產製日期"]),
            new("確認時間", "confirmed_at", ColumnType.DateTime, Aliases: ["學生確認時間"]),
            new("提報錯誤時間", "error_reported_at", ColumnType.DateTime, Aliases: ["錯誤提報時間"]),
            new("錯誤說明", "error_text", ColumnType.Text, Aliases: ["錯誤內容"]),
            new("錯誤處理完成時間", "resolved_at", ColumnType.DateTime, Aliases: ["處理完成時間"]),
        ], ExtraStagingColumns: ["student_no"]),
    ];

    public static KindSpec Get(string kind) =>
        All.FirstOrDefault(k => k.Kind == kind)
        ?? throw new KeyNotFoundException($"未知的資料種類「{kind}」（可用：{string.Join("、", All.Select(k => k.Kind))}）");

    public static bool TryGet(string kind, out KindSpec spec)
    {
        spec = All.FirstOrDefault(k => k.Kind == kind)!;
        return spec is not null;
    }
}

using System.Text;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// The sixteen files of one export, named and headed as docs/source-format.md says. Most are UTF-8 with a BOM (what
/// Excel-minded admin systems write), two without, and 幹部經歷 — kept by 訓育組 in an older module — in Big5 (CP950).
/// </summary>
internal sealed class DemoExportFiles : IDisposable
{
    public const string Big5File = "幹部經歷.csv";

    public CsvExportFile Students { get; }
    public CsvExportFile StatusChanges { get; }
    public CsvExportFile Staff { get; }
    public CsvExportFile Deputies { get; }
    public CsvExportFile Classes { get; }
    public CsvExportFile ClassAssignments { get; }
    public CsvExportFile Courses { get; }
    public CsvExportFile CourseRecords { get; }
    public CsvExportFile Artifacts { get; }
    public CsvExportFile Certifications { get; }
    public CsvExportFile Achievements { get; }
    public CsvExportFile CadreRoles { get; }
    public CsvExportFile Counseling { get; }
    public CsvExportFile Selections { get; }
    public CsvExportFile Submissions { get; }
    public CsvExportFile Receipts { get; }

    public IReadOnlyList<CsvExportFile> All { get; }

    public static IEnumerable<string> FileNames => Layout.Select(l => l.File);

    private static readonly (string Kind, string File)[] Layout =
    [
        ("students", "學生基本資料.csv"), ("status_changes", "學籍異動.csv"), ("staff", "教職員.csv"),
        ("deputies", "代理人名單.csv"), ("classes", "班級.csv"), ("class_assignments", "編班.csv"), ("courses", "開課.csv"),
        ("course_records", "修課紀錄.csv"), ("artifacts", "課程學習成果.csv"), ("certifications", "成果認證.csv"),
        ("achievements", "多元表現.csv"), ("cadre_roles", Big5File), ("counseling", "課程諮詢紀錄.csv"),
        ("selections", "勾選.csv"), ("submissions", "提交.csv"), ("receipts", "收訖明細.csv"),
    ];

    public DemoExportFiles(string directory, bool big5)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var plain = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        // Exception fallback: a character Big5 lacks must fail loudly, never become '?'.
        var cp950 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        CsvExportFile Open(int i, Encoding encoding, params string[] header) =>
            new(directory, Layout[i].Kind, Layout[i].File, encoding, header);

        Students = Open(0, bom, "學號", "身分證號", "姓名", "部別", "性別", "入學年度", "學籍狀態", "家長姓名", "家長電話", "家長電子郵件", "通訊地址");
        StatusChanges = Open(1, bom, "學號", "異動日期", "異動類別", "原班級", "新班級", "說明");
        Staff = Open(2, bom, "教職員編號", "姓名", "處室", "組別", "職稱", "課程諮詢教師", "電子郵件");
        Deputies = Open(3, plain, "教職員編號", "代理人編號", "代理順位");
        Classes = Open(4, bom, "學年度", "學期", "班級代碼", "年級", "部別", "班級名稱", "導師編號");
        ClassAssignments = Open(5, bom, "學年度", "學期", "學號", "班級代碼", "座號");
        Courses = Open(6, bom, "學年度", "學期", "開課序號", "課程代碼", "科目名稱", "修課學分", "開課年級", "授課教師編號", "班級代碼", "群組名稱");
        CourseRecords = Open(7, plain, "學年度", "學期", "開課序號", "學號", "成績", "實得學分");
        Artifacts = Open(8, bom, "成果編號", "學號", "學年度", "學期", "開課序號", "上傳時間", "檔案類型", "檔案大小KB", "簡述");
        Certifications = Open(9, bom, "成果編號", "認證時間", "認證結果", "未通過原因", "認證教師編號");
        Achievements = Open(10, bom, "表現編號", "學號", "學年度", "類別", "名稱", "上傳時間");
        CadreRoles = Open(11, big5 ? cp950 : bom, "紀錄編號", "學號", "學年度", "學期", "幹部名稱", "單位名稱", "登錄時間", "登錄人員編號");
        Counseling = Open(12, bom, "紀錄編號", "學號", "學年度", "學期", "課諮師編號", "諮詢日期", "方式", "登錄時間");
        Selections = Open(13, bom, "學號", "學年度", "項目類型", "項目編號", "勾選時間");
        Submissions = Open(14, bom, "提交編號", "學年度", "學期", "資料類別", "提交單位", "提交時間", "提交人員編號", "筆數");
        Receipts = Open(15, bom, "收訖編號", "提交編號", "身分證號", "學年度", "學期", "資料類別", "產製時間", "確認時間", "提報錯誤時間", "錯誤說明", "錯誤處理完成時間");
        All = [Students, StatusChanges, Staff, Deputies, Classes, ClassAssignments, Courses, CourseRecords, Artifacts,
            Certifications, Achievements, CadreRoles, Counseling, Selections, Submissions, Receipts];
    }

    public void Dispose()
    {
        foreach (var f in All) f.Dispose();
    }
}

using PortfolioAnalytics.Reports.Data;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Reports.Tests.Support;

/// <summary>The 111 學年度 執行檢核表 of the 靜心 seed (000_*.txt), both grade groups, as test data.</summary>
internal static class SeedChecklist
{
    public const string Lower = "十、十一年級";
    public const string Upper = "十二年級";

    private static readonly string[] Sections = ["", "行政規劃", "課程計畫", "教育訓練", "學習歷程登錄/上傳", "學校提交"];

    // (section, item, 工作項目, 負責單位, 完成日期 十、十一, 完成日期 十二)
    private static readonly (int S, int I, string Title, string Units, string DueLower, string DueUpper)[] Rows =
    [
        (1, 1, "校務會議通過修訂補充規定", "教務處", "111.10.", "111.10."),
        (1, 2, "補充規定上網公告", "教務處", "111.10.", "111.10."),
        (1, 3, "校務系統及學習歷程資料同步及維護", "圖資組、註冊組、教學組、訓育組、生輔組", "111.09-112.08", "111.09-112.08"),
        (2, 1, "課程計畫公告", "教務處教學組", "111.02.", "111.01."),
        (2, 2, "選課輔導手冊修訂(學習歷程部分)", "輔導中心", "111.06.", "111.06."),
        (2, 3, "課程代碼匯入校務行政系統", "教務處教學組", "111.09.15", "111.09.15"),
        (3, 1, "學校行政人員教育訓練及宣導", "實研組", "111.09.", "111.09."),
        (3, 2, "教師操作教育訓練及宣導", "實研組", "111.09.", "111.09."),
        (3, 3, "學生操作教育訓練", "圖資組", "111.09.", "111.09."),
        (3, 4, "學生、家長宣導", "輔導中心", "111.09.", "111.09."),
        (4, 1, "學生基本資料", "註冊組、訓育組", "111.09.", "111.09."),
        (4, 2, "學生修課紀錄", "教務處教學組、註冊組、高中教師", "111.07.(上) 112.02.(下)", "111.01.(上) 112.04.(下)"),
        (4, 3, "課程諮詢紀錄", "輔導中心、課程諮詢教師", "111.09.-111.01.(上) 112.02.-112.06.(下)", "111.09.-111.01.(上) 112.02.-112.04.(下)"),
        (4, 4, "學生上傳學習成果", "教務處教學組、註冊組、高中教師", "110.09.-111.02.(上) 111.02.-111.07.(下)", "111.09.-112.01.(上) 112.02-112.03(下)"),
        (4, 5, "教師認證學習成果", "教務處教學組、註冊組、高中教師", "110.09.-111.02.(上) 111.02.-111.07.(下)", "111.09.-112.01.(上) 112.02-112.03(下)"),
        (4, 6, "學生上傳多元表現", "學務處訓育組、註冊組、高中班導", "110.09.-111.02.(上) 111.02-.112.08.(下)", "111.09.-111.02.(上) 112.02-112.03(下)"),
        (5, 1, "提交學生基本資料", "教務處註冊組、學務處生輔組、訓育組", "111.10.01~15 (上) 112.02.11~28 (下)", "111.10.01~15 112.02.11~31 112.03"),
        (5, 2, "提交學生修課紀錄", "教務處註冊組", "112.1.01~27 (上) 112.06.11~30 (下)", "112.03.30~04.07 112.04.10~23"),
        (5, 3, "學生勾選學習成果", "教務處教學組、註冊組、輔導中心", "112.02.07~11 (上) 112..08.01~10 (下)", "111.08.14~27 112.04.11~14 112.04"),
        (5, 4, "學校提交學習成果", "教務處註冊組", "111.10.01~15 (上) 112.03.1~10 (下)", "112.10.01~15 112.04 112.04."),
        (5, 5, "學生勾選多元表現", "教務處註冊組、學務處訓育組、輔導中心", "111.9.01~30 (上) 112.08.01~30 (下)", "111.08.15~27 112.04.11~14"),
        (5, 6, "學校提交多元表現", "教務處註冊組", "111.10.01~15 (上)", "111.09 112.04"),
    ];

    public static int RowsPerGroup => Rows.Length;

    public static IReadOnlyList<ChecklistLine> Lines() =>
    [
        .. Rows.Select(r => new ChecklistLine(Lower, r.S, Sections[r.S], r.I, r.Title, r.Units, r.DueLower, [])),
        .. Rows.Select(r => new ChecklistLine(Upper, r.S, Sections[r.S], r.I, r.Title, r.Units, r.DueUpper, [])),
    ];

    /// <summary>The same rows as the school file states them (one unit text, one due text each).</summary>
    public static IReadOnlyList<ChecklistRow> SchoolRows(int schoolYear) =>
    [
        .. Rows.Select(r => new ChecklistRow(schoolYear, Lower, r.S, r.I, r.Title, [r.Units], [r.DueLower], [])),
        .. Rows.Select(r => new ChecklistRow(schoolYear, Upper, r.S, r.I, r.Title, [r.Units], [r.DueUpper], [])),
    ];

    public static IEnumerable<(int Section, int Item, string Title)> Items => Rows.Select(r => (r.S, r.I, r.Title));
}

using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// 靜心's 111-1 and 111-2 作業日程表 and the 執行檢核表's 提交 dates (seed 000), typed in by hand, for when the
/// school's configured schedule cannot be resolved. The seed's typos are read as meant (111.02.09 → 112.02.09).
/// </summary>
internal static class BuiltInSchedule
{
    private static readonly Semester S1102 = new(110, 2), S1111 = new(111, 1), S1112 = new(111, 2);

    public static IReadOnlyList<Phase> Jingxin111() =>
    [
        P("111-1.upload-110-2", PhaseKind.ArtifactUpload, "十一、十二年級上傳 110-2 課程學習成果", S1102, "111.08.01", "111.08.15", [11, 12], "各班導師"),
        P("111-1.achievement-110", PhaseKind.AchievementUpload, "十一、十二年級上傳 110 多元表現", S1102, "111.08.01", "111.08.15", [11, 12], "各班導師"),
        P("111-1.certify-110-2", PhaseKind.Certification, "教師進行 110-2 課程學習成果認證", S1102, "111.08.01", "111.08.15", [11, 12], "高中教師") with { UploadPhaseId = "111-1.upload-110-2" },
        P("111-1.select-110", PhaseKind.Selection, "十一、十二年級勾選 110 課程學習成果與多元表現", S1102, "111.09.13", "111.09.30", [11, 12], "各班導師"),
        P("111-1.precheck", PhaseKind.UnitTask, "提交 111-1「預檢_修課紀錄名冊」", S1111, "111.09.01", "111.09.16", [10, 11, 12], "教學組", "註冊組") with { Category = "修課紀錄" },
        .. Submit("111-1.submit-110-2", "提交 110-2 資料並產製收訖明細", S1102, "111.10.01", "111.10.21", [11, 12], ["基本資料", "修課紀錄", "課程學習成果", "多元表現"]),
        P("111-1.receipt-110-2", PhaseKind.ReceiptConfirmation, "十一、十二年級上網確認收訖明細", S1102, "111.10.21", "111.10.28", [11, 12], "註冊組"),
        P("111-1.cadre-111-1", PhaseKind.UnitTask, "登錄 111-1 出缺席及獎懲資料、幹部經歷、多元表現資料", S1111, "111.12.01", "111.12.30", [10, 11, 12], "生輔組", "訓育組") with { Category = "幹部經歷" },
        P("111-1.upload-111-1", PhaseKind.ArtifactUpload, "十、十一、十二年級上傳 111-1 課程學習成果", S1111, "112.01.01", "112.02.03", [10, 11, 12], "各班導師"),
        P("111-1.achievement-111-1", PhaseKind.AchievementUpload, "十、十一、十二年級上傳 111-1 多元表現", S1111, "112.01.01", "112.02.03", [10, 11, 12], "各班導師"),
        P("111-1.certify-111-1", PhaseKind.Certification, "教師進行 111-1 課程學習成果認證", S1111, "112.02.03", "112.02.08", [10, 11, 12], "高中教師") with { UploadPhaseId = "111-1.upload-111-1" },
        P("111-2.upload-111-1-g10-11", PhaseKind.ArtifactUpload, "十、十一年級上傳 111-1 課程學習成果", S1111, "112.01.01", "112.02.13", [10, 11], "各班導師"),
        P("111-2.certify-111-1-g10-11", PhaseKind.Certification, "十、十一年級任課老師認證 111-1 課程學習成果", S1111, "112.02.14", "112.02.24", [10, 11], "高中教師") with { UploadPhaseId = "111-2.upload-111-1-g10-11" },
        .. Submit("checklist.submit-111-1", "提交 111-1 資料", S1111, "112.01.01", "112.01.27", [10, 11], ["修課紀錄"]),
        .. Submit("checklist.submit-basic-111-1", "提交 111-1 學生基本資料", S1111, "112.02.11", "112.02.28", [10, 11], ["基本資料"]),
        .. Submit("checklist.submit-artifacts-111-1", "學校提交 111-1 學習成果", S1111, "112.03.01", "112.03.10", [10, 11], ["課程學習成果"]),
        P("111-2.upload-111-1-g12", PhaseKind.ArtifactUpload, "十二年級上傳 111-1（第五學期）課程學習成果", S1111, "112.01.01", "112.04.07", [12], "各班導師"),
        P("111-2.achievement-111-1-g12", PhaseKind.AchievementUpload, "十二年級上傳 111-1（第五學期）多元表現", S1111, "112.01.01", "112.04.07", [12], "各班導師"),
        P("111-2.certify-111-1-g12", PhaseKind.Certification, "十二年級任課老師完成 111-1 學習成果認證", S1111, "112.04.07", "112.04.10", [12], "高中教師") with { UploadPhaseId = "111-2.upload-111-1-g12" },
        P("111-2.select-111-g12", PhaseKind.Selection, "十二年級勾選課程學習成果與多元表現", S1111, "112.04.11", "112.04.14", [12], "各班導師"),
        P("111-2.receipt-111-1-g12", PhaseKind.ReceiptConfirmation, "十二年級確認 111-1 收訖明細、處理提報錯誤", S1111, "112.04.17", "112.04.19", [12], "註冊組"),
        .. Submit("111-2.submit-111-1-g12", "提交十二年級 111-1 資料至中央資料庫", S1111, "112.04.20", "112.04.25", [12], ["修課紀錄", "課程學習成果", "多元表現"]),
        P("111-2.upload-111-2-g12", PhaseKind.ArtifactUpload, "十二年級上傳 111-2（第六學期）課程學習成果", S1112, "112.05.04", "112.05.10", [12], "各班導師"),
        P("111-2.achievement-111-2-g12", PhaseKind.AchievementUpload, "十二年級上傳 111-2（第六學期）多元表現", S1112, "112.05.04", "112.05.10", [12], "各班導師"),
        .. Submit("111-2.submit-111-2-g12", "提交十二年級 111-2 資料至中央資料庫", S1112, "112.05.11", "112.05.12", [12], ["課程學習成果", "多元表現"]),
    ];

    private static Phase P(string id, PhaseKind kind, string title, Semester semester, string start, string end,
        int[] grades, params string[] units) =>
        new(id, kind, title, semester, RocDate.ParseDate(start).ToDateTime(TimeOnly.MinValue),
            RocDate.ParseDate(end).ToDateTime(new TimeOnly(23, 59, 59)), grades, units);

    private static IEnumerable<Phase> Submit(string id, string title, Semester semester, string start, string end,
        int[] grades, string[] categories) =>
        categories.Select(c => P($"{id}.{c}", PhaseKind.UnitTask, $"{title}：{c}", semester, start, end, grades, "註冊組") with { Category = c });
}

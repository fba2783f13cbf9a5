namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>The kinds of schedule phase; domain.md's table "What complete means" defines each one.</summary>
public enum PhaseKind
{
    ArtifactUpload,       // 學生上傳課程學習成果
    Certification,        // 教師認證
    AchievementUpload,    // 學生上傳多元表現
    Selection,            // 學生勾選
    ReceiptConfirmation,  // 收訖明細確認
    UnitTask,             // 單位登錄/提交
    Counseling,           // 課程諮詢
    Attested,             // 行政/訓練: attested by a person
}

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>The zh-TW names of <see cref="PhaseKind"/> (domain.md's table), used in school files and on screen.</summary>
public static class PhaseKindNames
{
    private static readonly (PhaseKind Kind, string Name)[] Names =
    [
        (PhaseKind.ArtifactUpload, "學生上傳課程學習成果"),
        (PhaseKind.Certification, "教師認證"),
        (PhaseKind.AchievementUpload, "學生上傳多元表現"),
        (PhaseKind.Selection, "學生勾選"),
        (PhaseKind.ReceiptConfirmation, "收訖明細確認"),
        (PhaseKind.UnitTask, "單位登錄/提交"),
        (PhaseKind.Counseling, "課程諮詢"),
        (PhaseKind.Attested, "行政/訓練"),
    ];

    public static string ToChinese(this PhaseKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>Accepts the zh-TW name or the code name (<c>ArtifactUpload</c>).</summary>
    public static bool TryParse(string text, out PhaseKind kind)
    {
        foreach (var (k, name) in Names)
        {
            if (name == text || k.ToString() == text)
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static IEnumerable<string> All => Names.Select(n => n.Name);
}

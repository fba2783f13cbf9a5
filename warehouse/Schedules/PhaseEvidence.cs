namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>What shows a 單位登錄/提交 task done (the school file's <c>evidence</c> key). An attestation on the 行政檢核
/// page counts whatever the evidence.</summary>
public enum PhaseEvidence
{
    /// <summary>The category's 提交 to the 中央資料庫, made from the window's start.</summary>
    Submission,

    /// <summary>An entry with its own timestamp in the exports: 幹部經歷 entered, 收訖明細 issued, 收訖明細錯誤 all resolved.</summary>
    Entry,

    /// <summary>No export records the moment: a person attests it.</summary>
    Attestation,
}

public static class PhaseEvidences
{
    private static readonly (PhaseEvidence Evidence, string Key)[] Keys =
    [
        (PhaseEvidence.Submission, "submission"),
        (PhaseEvidence.Entry, "entry"),
        (PhaseEvidence.Attestation, "attestation"),
    ];

    /// <summary>Categories whose entry carries its own moment in the exports (cadre_role.entered_at, receipt.issued_at,
    /// receipt.resolved_at).</summary>
    public static IReadOnlyList<string> EntryCategories { get; } = ["幹部經歷", "收訖明細", "收訖明細錯誤"];

    /// <summary>Categories a unit submits to the 中央資料庫 (submission.category).</summary>
    public static IReadOnlyList<string> SubmissionCategories { get; } = ["基本資料", "修課紀錄", "課程學習成果", "多元表現", "幹部經歷"];

    public static IEnumerable<string> All => Keys.Select(k => k.Key);

    /// <summary>The school file's and the SQL's word: submission, entry, attestation.</summary>
    public static string ToKey(this PhaseEvidence evidence) => Keys.First(k => k.Evidence == evidence).Key;

    public static bool TryParse(string text, out PhaseEvidence evidence)
    {
        foreach (var (e, key) in Keys)
        {
            if (key == text)
            {
                evidence = e;
                return true;
            }
        }
        evidence = default;
        return false;
    }

    /// <summary>
    /// Without an <c>evidence</c> key: a 提交 (the title or action says so) of a submitted category is counted by its
    /// submission; a category with an entry timestamp by its entry; anything else (登錄 of 基本資料, 修課紀錄 …) only
    /// by an attestation.
    /// </summary>
    public static PhaseEvidence Default(string title, string? action, string? category) =>
        category is not null && SubmissionCategories.Contains(category) && (title.Contains("提交") || action?.Contains("提交") == true)
            ? PhaseEvidence.Submission
            : category is not null && EntryCategories.Contains(category) ? PhaseEvidence.Entry
            : PhaseEvidence.Attestation;

    /// <summary>Why <paramref name="evidence"/> cannot show a task of <paramref name="category"/> done, or null.</summary>
    public static string? Problem(PhaseEvidence evidence, string? category) => evidence switch
    {
        PhaseEvidence.Submission when category is null || !SubmissionCategories.Contains(category) =>
            $"以提交（submission）計算需要可提交的資料類別（{string.Join("、", SubmissionCategories)}）",
        PhaseEvidence.Entry when category is null || !EntryCategories.Contains(category) =>
            $"以登錄時間（entry）計算只適用於匯出檔有登錄時間的資料類別（{string.Join("、", EntryCategories)}）",
        _ => null,
    };
}

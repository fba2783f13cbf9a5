namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>What a cap counts: a student's course artifacts or achievements, uploaded or selected.</summary>
public enum CapItem { ArtifactUploads, ArtifactSelections, AchievementUploads, AchievementSelections }

/// <summary>The period a cap counts over: a 學年 or one semester.</summary>
public enum CapPeriod { SchoolYear, Semester }

/// <summary>
/// One cap of the school file: at most <paramref name="Max"/> items of <paramref name="Item"/> per
/// <paramref name="Per"/>, counted per subject (科目) when <paramref name="PerSubject"/> (course artifacts only).
/// A student whose count breaks it is a finding.
/// </summary>
public sealed record Cap(CapItem Item, CapPeriod Per, int Max, bool PerSubject = false)
{
    /// <summary>The keys a school file writes for <see cref="CapItem"/> and <see cref="CapPeriod"/>.</summary>
    public static IReadOnlyDictionary<string, CapItem> ItemKeys { get; } = new Dictionary<string, CapItem>
    {
        ["artifact_uploads"] = CapItem.ArtifactUploads,
        ["artifact_selections"] = CapItem.ArtifactSelections,
        ["achievement_uploads"] = CapItem.AchievementUploads,
        ["achievement_selections"] = CapItem.AchievementSelections,
    };

    public static IReadOnlyDictionary<string, CapPeriod> PeriodKeys { get; } = new Dictionary<string, CapPeriod>
    {
        ["school_year"] = CapPeriod.SchoolYear,
        ["semester"] = CapPeriod.Semester,
    };

    public string ItemKey => ItemKeys.First(k => k.Value == Item).Key;
    public string PeriodKey => PeriodKeys.First(k => k.Value == Per).Key;

    public bool IsSelection => Item is CapItem.ArtifactSelections or CapItem.AchievementSelections;
    public bool IsArtifact => Item is CapItem.ArtifactUploads or CapItem.ArtifactSelections;

    /// <summary>上傳 or 勾選.</summary>
    public string Verb => IsSelection ? "勾選" : "上傳";

    /// <summary>課程學習成果 or 多元表現.</summary>
    public string Noun => IsArtifact ? "課程學習成果" : "多元表現";

    /// <summary>The rule in zh-TW: 「每科每學期上傳課程學習成果至多 3 件」.</summary>
    public string Rule => $"{(PerSubject ? "每科" : "")}每{(Per == CapPeriod.SchoolYear ? "學年" : "學期")}{Verb}{Noun}至多 {Max} 件";
}

/// <summary>
/// The caps on what a student may upload or select. The national rule (at most 6 course artifacts and 10
/// achievements selected per 學年) always holds; a school's file may set lower selection caps and any upload caps.
/// </summary>
public sealed record Caps
{
    public const int NationalArtifactSelections = 6;
    public const int NationalAchievementSelections = 10;

    public Caps(IReadOnlyList<Cap> items) => Items = items;

    /// <summary>The four fixed caps the school files used to state (the keys still read into this list).</summary>
    public Caps(int ArtifactSelectionsPerYear = NationalArtifactSelections, int AchievementSelectionsPerYear = NationalAchievementSelections,
        int? UploadsPerSubjectPerSemester = null, int? AchievementUploadsPerYear = null)
        : this(Legacy(ArtifactSelectionsPerYear, AchievementSelectionsPerYear, UploadsPerSubjectPerSemester, AchievementUploadsPerYear))
    {
    }

    /// <summary>The caps as the school file lists them.</summary>
    public IReadOnlyList<Cap> Items { get; }

    /// <summary>Every cap in force: the listed ones, and the national selection caps where the list sets none lower.</summary>
    public IReadOnlyList<Cap> InForce =>
    [
        .. Items,
        .. Items.Any(c => c is { Item: CapItem.ArtifactSelections, Per: CapPeriod.SchoolYear, PerSubject: false })
            ? [] : new[] { new Cap(CapItem.ArtifactSelections, CapPeriod.SchoolYear, NationalArtifactSelections) },
        .. Items.Any(c => c is { Item: CapItem.AchievementSelections, Per: CapPeriod.SchoolYear, PerSubject: false })
            ? [] : new[] { new Cap(CapItem.AchievementSelections, CapPeriod.SchoolYear, NationalAchievementSelections) },
    ];

    /// <summary>The cap on course artifacts selected per 學年 (the 學生勾選 phase's status uses it).</summary>
    public int ArtifactSelectionsPerYear => Lowest(CapItem.ArtifactSelections, CapPeriod.SchoolYear) ?? NationalArtifactSelections;

    /// <summary>The cap on achievements selected per 學年.</summary>
    public int AchievementSelectionsPerYear => Lowest(CapItem.AchievementSelections, CapPeriod.SchoolYear) ?? NationalAchievementSelections;

    /// <summary>The cap on course artifacts uploaded per subject per semester, if any.</summary>
    public int? UploadsPerSubjectPerSemester => Lowest(CapItem.ArtifactUploads, CapPeriod.Semester, perSubject: true);

    /// <summary>The cap on achievements uploaded per 學年, if any.</summary>
    public int? AchievementUploadsPerYear => Lowest(CapItem.AchievementUploads, CapPeriod.SchoolYear);

    public bool Equals(Caps? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(0, (h, c) => HashCode.Combine(h, c));

    private int? Lowest(CapItem item, CapPeriod per, bool perSubject = false) =>
        Items.Where(c => c.Item == item && c.Per == per && c.PerSubject == perSubject).Select(c => (int?)c.Max).Min();

    private static List<Cap> Legacy(int artifactSelections, int achievementSelections, int? uploadsPerSubject, int? achievementUploads)
    {
        var list = new List<Cap>
        {
            new(CapItem.ArtifactSelections, CapPeriod.SchoolYear, artifactSelections),
            new(CapItem.AchievementSelections, CapPeriod.SchoolYear, achievementSelections),
        };
        if (uploadsPerSubject is { } u) list.Add(new(CapItem.ArtifactUploads, CapPeriod.Semester, u, PerSubject: true));
        if (achievementUploads is { } a) list.Add(new(CapItem.AchievementUploads, CapPeriod.SchoolYear, a));
        return list;
    }
}

using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Views;

/// <summary>The 敘獎 committee pack: a ranked summary, one section per person, signature lines.</summary>
public sealed record AwardsModel(
    DocumentHeader Header,
    IReadOnlyList<AwardCandidate> Candidates,
    string Convener,
    string ExecutiveSecretary,
    IReadOnlyList<string> Notes);

/// <summary>
/// A designated person (or unit) with their duties, measured results and the award the school's thresholds propose.
/// Rank is within the role (unit staff, 導師, 任課教師, 課諮師). The measure is the sum of <see cref="Phases"/>, each
/// the metrics' own counts for that person and phase; <see cref="Threshold"/> is the rate the verdict was judged
/// against (the award's, or the lowest one when none is reached).
/// </summary>
public sealed record AwardCandidate(
    string Role,
    string RoleKey,
    int Rank,
    string? StaffNo,
    string Name,
    string Unit,
    IReadOnlyList<string> Duties,
    IReadOnlyList<string> Results,
    IReadOnlyList<AwardPhase> Phases,
    string Award,
    decimal? Threshold)
{
    public CompletionCounts Counts => CompletionCounts.Sum(Phases.Select(p => p.Counts));

    public long Done => Counts.Complete;

    public long Population => Counts.Population;

    /// <summary>準時完成率 a/b（x%）；完成率（含逾期） c/b（y%）</summary>
    public string Measure => $"{CompletionCounts.OnTimeLabel} {Counts.OnTimeText}；{CompletionCounts.WithLateLabel} {Counts.WithLateText}";

    public double? Rate => Counts.OnTimeRate;
}

/// <summary>One phase's counts behind a candidate's measure (for a 課諮師: counseling records).</summary>
public sealed record AwardPhase(string PhaseId, CompletionCounts Counts);

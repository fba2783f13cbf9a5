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
/// Rank is within the role (unit staff, 導師, 任課教師, 課諮師).
/// </summary>
public sealed record AwardCandidate(
    string Role,
    int Rank,
    string Name,
    string Unit,
    IReadOnlyList<string> Duties,
    IReadOnlyList<string> Results,
    long Done,
    long Population,
    string Award)
{
    /// <summary>準時 a/b（x%）</summary>
    public string Measure => $"準時 {Rendering.Text.Ratio(Done, Population)}";

    public double? Rate => Rendering.Text.Rate(Done, Population);
}

using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>The parameters every phase-kind query takes: the phase's window and targets, as of a moment.</summary>
internal static class PhaseParameters
{
    private const string AllGrades = "10,11,12";

    /// <param name="uploadEnd">For certification: the end of the upload phase whose artifacts are certified.</param>
    public static Dictionary<string, object?> For(SchoolConfig school, Phase phase, DateTime asOf, DateTime? uploadEnd)
    {
        // The population is taken at the window's end, or earlier at the as-of moment (who had joined by then, never
        // what is known only later).
        var popMoment = asOf > phase.End ? phase.End : asOf;
        return new Dictionary<string, object?>
        {
            ["school"] = school.Code,
            ["phase_id"] = phase.Id,
            ["kind"] = phase.Kind.ToString(),
            ["semester"] = phase.Semester.ToString(),
            ["academic_year"] = phase.Semester.AcademicYear,
            ["start"] = phase.Start,
            ["end"] = phase.End,
            ["asof"] = asOf,
            ["pop_date"] = DateOnly.FromDateTime(popMoment),
            ["grades"] = phase.Grades.Count == 0 ? AllGrades : string.Join(",", phase.Grades),
            ["minimum"] = Math.Max(1, phase.Minimum),
            ["category"] = phase.Category,
            ["evidence"] = phase.CountedBy.ToKey(),
            ["upload_end"] = uploadEnd ?? phase.End,
            ["cap_artifact"] = school.Caps.ArtifactSelectionsPerYear,
            ["cap_achievement"] = school.Caps.AchievementSelectionsPerYear,
        };
    }
}

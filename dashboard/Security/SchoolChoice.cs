using PortfolioAnalytics.Dashboard.Data;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>
/// Which school a request is about. One school in the warehouse: that one, for everybody (as before schools were
/// many). Many: a school account's own school, never another; the bureau's or an administrator's drill-down choice
/// (an administrator without one: their account's school). Nothing else (no query parameter, no other cookie) counts.
/// </summary>
public static class SchoolChoice
{
    /// <summary>The school's services; null when the user has no school to see (yet).</summary>
    public static SchoolServices? Resolve(SchoolRegistry schools, CurrentUser? user)
    {
        if (!schools.Many) return schools.Default;
        if (user is null) return null;
        if (user.ChoosesSchool && schools.Has(user.ChosenSchool)) return schools.For(user.ChosenSchool!);
        if (user.Role == Role.Bureau) return null;
        return schools.Has(user.SchoolCode) ? schools.For(user.SchoolCode!) : null;
    }
}

using System.Security.Claims;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>
/// The signed-in account as carried in the authentication cookie. <paramref name="SchoolCode"/> is the account's
/// school; <paramref name="ChosenSchool"/> the school the bureau or an administrator drilled down to (it lives in the
/// same cookie, so it ends with the session).
/// </summary>
public sealed record CurrentUser(string UserName, string DisplayName, Role Role, string? StaffNo, string? SchoolCode = null, string? ChosenSchool = null)
{
    private const string DisplayClaim = "display_name";
    private const string StaffClaim = "staff_no";
    private const string StampClaim = "security_stamp";
    private const string SchoolClaim = "school_code";
    private const string ChosenClaim = "chosen_school";

    public static ClaimsPrincipal Principal(Account account, string stamp, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(DisplayClaim, account.DisplayName),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(StampClaim, stamp),
        };
        if (account.StaffNo is not null) claims.Add(new Claim(StaffClaim, account.StaffNo));
        if (account.SchoolCode is not null) claims.Add(new Claim(SchoolClaim, account.SchoolCode));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The same sign-in with another school chosen (null = none); every other claim, the stamp too, is kept.</summary>
    public static ClaimsPrincipal WithChosenSchool(ClaimsPrincipal principal, string? schoolCode, string scheme)
    {
        var claims = principal.Claims.Where(c => c.Type != ChosenClaim).Select(c => new Claim(c.Type, c.Value)).ToList();
        if (schoolCode is not null) claims.Add(new Claim(ChosenClaim, schoolCode));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The account's security stamp when the cookie was issued (see <see cref="StampValidator"/>).</summary>
    public static string? Stamp(ClaimsPrincipal principal) => principal.FindFirstValue(StampClaim);

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        if (!RoleNames.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role)) return null;
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? "";
        return new CurrentUser(name, principal.FindFirstValue(DisplayClaim) ?? name, role, principal.FindFirstValue(StaffClaim),
            principal.FindFirstValue(SchoolClaim), principal.FindFirstValue(ChosenClaim));
    }

    /// <summary>The bureau and administrators choose a school by drill-down; every other account has its own.</summary>
    public bool ChoosesSchool => Role is Role.Bureau or Role.Admin;
}

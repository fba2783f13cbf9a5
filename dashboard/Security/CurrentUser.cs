using System.Security.Claims;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>The signed-in account as carried in the authentication cookie.</summary>
public sealed record CurrentUser(string UserName, string DisplayName, Role Role, string? StaffNo)
{
    private const string DisplayClaim = "display_name";
    private const string StaffClaim = "staff_no";
    private const string StampClaim = "security_stamp";

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
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The account's security stamp when the cookie was issued (see <see cref="StampValidator"/>).</summary>
    public static string? Stamp(ClaimsPrincipal principal) => principal.FindFirstValue(StampClaim);

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        if (!RoleNames.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role)) return null;
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? "";
        return new CurrentUser(name, principal.FindFirstValue(DisplayClaim) ?? name, role, principal.FindFirstValue(StaffClaim));
    }
}

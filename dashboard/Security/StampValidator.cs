using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>
/// On every request, a cookie is honoured only while its account is enabled and still has the stamp the cookie was
/// issued with; otherwise it is dropped and the request goes on as anonymous (the login page).
/// </summary>
public sealed class StampValidator(AccountStore accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal is null ? null : CurrentUser.Stamp(context.Principal);
        if (name is not null && stamp is not null && accounts.Stamp(name) == stamp) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}

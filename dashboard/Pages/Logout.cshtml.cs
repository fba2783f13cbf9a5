using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>Logging out ends every session of the account (a new security stamp), not only this browser's cookie.</summary>
public sealed class LogoutModel(AccountStore accounts, SecurityAudit audit) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/Login");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.Name is { } name)
        {
            accounts.RevokeSessions(name);
            audit.Record(SecurityAudit.SignOut, name, HttpContext.Connection.RemoteIpAddress?.ToString());
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/Login");
    }
}

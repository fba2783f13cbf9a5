using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Pages;

public sealed class LoginModel(AccountStore accounts, SignInThrottle throttle, SecurityAudit audit, ILogger<LoginModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = (UserName ?? "").Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (throttle.Refusal(name, client) is { } wait)
        {
            // Refused before the password is looked at: a guesser learns nothing while locked.
            audit.Record(SecurityAudit.SignInLocked, name, client);
            Error = $"登入失敗次數過多，請於 {Wait(wait)} 後再試。";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        var account = name.Length == 0 || string.IsNullOrEmpty(Password) ? null : accounts.Verify(name, Password);
        var stamp = account is null ? null : accounts.Stamp(account.UserName);
        if (account is null || stamp is null)
        {
            log.LogWarning("Sign-in refused");
            audit.Record(SecurityAudit.SignInFailed, name, client);
            if (throttle.Failed(name, client) is { } locked)
                audit.Record(SecurityAudit.Lockout, name, client, detail: $"連續登入失敗，鎖定 {Wait(locked)}");
            await Task.Delay(300);
            Error = "帳號或密碼錯誤";
            return Page();
        }
        throttle.Succeeded(name);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            CurrentUser.Principal(account, stamp, CookieAuthenticationDefaults.AuthenticationScheme));
        audit.Record(SecurityAudit.SignIn, account.UserName, client);
        log.LogInformation("Signed in as role {Role}", account.Role);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : PageAccess.Home(account.Role));
    }

    private static string Wait(TimeSpan t) =>
        t.TotalSeconds < 90 ? $"{Math.Ceiling(t.TotalSeconds):0} 秒" : $"{Math.Ceiling(t.TotalMinutes):0} 分鐘";
}

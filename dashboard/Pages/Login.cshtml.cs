using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Pages;

public sealed class LoginModel(AccountStore accounts, ILogger<LoginModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = string.IsNullOrEmpty(UserName) || string.IsNullOrEmpty(Password) ? null : accounts.Verify(UserName, Password);
        if (account is null)
        {
            log.LogWarning("Sign-in refused");
            await Task.Delay(300);
            Error = "帳號或密碼錯誤";
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            CurrentUser.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        log.LogInformation("Signed in as role {Role}", account.Role);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : PageAccess.Home(account.Role));
    }
}

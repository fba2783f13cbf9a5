using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>
/// What protects every request, wired by <see cref="DashboardHost"/> with one call each: sessions checked against the
/// account's security stamp, sign-in lockout and its audit log, security headers, only GET/HEAD/POST, zh-TW error pages.
/// </summary>
public static class WebHardening
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    public static void AddWebHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Dashboard:Lockout").Get<LockoutSettings>() ?? new LockoutSettings());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<SecurityAudit>();
        builder.Services.AddSingleton<StampValidator>();
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme,
            o => o.EventsType = typeof(StampValidator));
    }

    /// <summary>Call before routing, so that even a request no page answers gets the headers and a zh-TW page.</summary>
    public static void UseWebHardening(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context.Response);
                return Task.CompletedTask;
            });
            if (!Methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = string.Join(", ", Methods);
                await ErrorPage.WriteAsync(context);
                return;
            }
            await next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPage.HandleExceptionAsync });
        app.UseStatusCodePages(ErrorPage.WriteAsync);
        var css = Warehouse.Storage.SqlResource.Load(typeof(WebHardening).Assembly, "site.css");
        app.MapGet("/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(css, "text/css; charset=utf-8");
        }).AllowAnonymous();
    }
}

using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.HandOff;
using PortfolioAnalytics.Dashboard.Jobs;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;
using Serilog;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>
/// The one host: ASP.NET Core pages, Quartz jobs and Serilog on the generic host, owning the warehouse file.
/// <c>portfolio serve</c> and <c>portfolio demo</c> both call <see cref="RunAsync"/>.
/// </summary>
public static class DashboardHost
{
    /// <summary>Serves until Ctrl+C (or <paramref name="ct"/>); returns the process exit code.</summary>
    public static async Task<int> RunAsync(DashboardOptions options, CancellationToken ct = default)
    {
        // Said before the warehouse is opened, and without the host's stack trace.
        if (ListenUrls.Problem(options.Urls) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem.Message);
            return problem.InUse ? PortInUseExitCode : 2;
        }
        WebApplication app;
        try
        {
            app = Build(options);
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"倉儲檔「{options.WarehousePath}」正由另一個程式使用中（DuckDB 同時只允許一個程式寫入）。請先關閉該程式，再啟動儀表板。");
            return 1;
        }
        await using (app)
        {
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e) when (AddressInUse(e))
            {
                await Console.Error.WriteLineAsync(PortInUseMessage(options.Urls));
                return PortInUseExitCode;
            }
            await Console.Out.WriteLineAsync($"儀表板已啟動：{string.Join("、", Addresses(app))}（按 Ctrl+C 結束）");
            await app.WaitForShutdownAsync(ct);
        }
        return 0;
    }

    /// <summary>Exit status when the address to listen on is taken.</summary>
    public const int PortInUseExitCode = 5;

    public static string PortInUseMessage(string urls) =>
        $"無法啟動儀表板：{urls} 的連接埠已被其他程式使用（可能是另一個 portfolio demo 或 serve）。" +
        "請先結束該程式，或以 --urls 改用其他連接埠，例如 --urls http://127.0.0.1:5081";

    private static bool AddressInUse(Exception e) =>
        e is Microsoft.AspNetCore.Connections.AddressInUseException || e.InnerException is { } inner && AddressInUse(inner);

    /// <summary>Builds and starts the host; the caller stops and disposes it (tests, benchmarks).</summary>
    public static async Task<WebApplication> StartAsync(DashboardOptions options, CancellationToken ct = default)
    {
        var app = Build(options);
        await app.StartAsync(ct);
        return app;
    }

    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public static WebApplication Build(DashboardOptions options)
    {
        var warehousePath = Path.GetFullPath(options.WarehousePath);
        var dataDir = Path.GetFullPath(options.DataDirectory ?? Path.Combine(Path.GetDirectoryName(warehousePath)!, "portfolio-data"));
        Directory.CreateDirectory(dataDir);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (options.SettingsPath is not null)
            builder.Configuration.AddJsonFile(Path.GetFullPath(options.SettingsPath), optional: false);
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.WebHost.UseUrls(options.Urls);

        var settings = builder.Configuration.GetSection("Dashboard").Get<DashboardSettings>() ?? new DashboardSettings();
        settings = settings with { DataDirectory = dataDir };

        builder.Services.AddSerilog((_, log) => log
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(MaskingLogFormatter.Console)
            .WriteTo.File(MaskingLogFormatter.File, Path.Combine(dataDir, "logs", "portfolio-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 60));

        var db = WarehouseDb.Open(warehousePath);
        var directory = Schools(options, db);
        var schools = directory.Schools();
        // The first school's configuration stays a service of its own: a one-school warehouse's jobs and tests ask it.
        var school = directory.Config(schools[0].Code);
        builder.Services.AddSingleton(db);
        builder.Services.AddSingleton(directory);
        builder.Services.AddSingleton(school);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Clock ?? Clock.System);
        builder.Services.AddSingleton<WarehouseGate>();
        builder.Services.AddSingleton<AccountStore>();
        // Each school's facade with its own cache (emptied by every write); a request asks its school's (SchoolChoice).
        builder.Services.AddSingleton(sp =>
        {
            var gate = sp.GetRequiredService<WarehouseGate>();
            var clock = sp.GetRequiredService<Clock>();
            return new SchoolRegistry(schools, entry => new SchoolServices(entry, new MetricsCache(
                entry.Code == school.Code && options.Metrics is { } fixedMetrics ? fixedMetrics(sp) : new CompletionMetrics(db, directory.Config(entry.Code)),
                () => gate.Version, gate.WriteLock), clock));
        });
        builder.Services.AddSingleton(sp => sp.GetRequiredService<SchoolRegistry>().Default.Metrics);
        builder.Services.AddSingleton<IMetrics>(sp => sp.GetRequiredService<MetricsCache>());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<SchoolRegistry>().Default.Scopes);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<SchoolRegistry>().Default.Semesters);
        builder.Services.AddSingleton<IRollup>(sp => new CachedRollup(options.Rollup?.Invoke(sp) ?? new SchoolRollup(db, directory),
            () => sp.GetRequiredService<WarehouseGate>().Version));
        builder.Services.AddHostedService<CacheWarmer>();
        if (options.Documents is { } documents)
        {
            builder.Services.AddSingleton(documents);
            builder.Services.AddHostedService<DocumentBatchWriter>();
        }

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Login";
                o.LogoutPath = "/Logout";
                o.AccessDeniedPath = "/Denied";
                o.Cookie.Name = "portfolio.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        builder.Services.AddAuthorization(o =>
        {
            foreach (var (policy, roles) in PageAccess.Roles)
                o.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
            o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        // Chinese as characters in the HTML, not &#x...; entities (smaller pages, readable source).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "portfolio.csrf");
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AuthorizePage("/Index", PageAccess.Overview);
            o.Conventions.AuthorizePage("/Phase", PageAccess.Phase);
            o.Conventions.AuthorizePage("/Students", PageAccess.Students);
            o.Conventions.AuthorizePage("/Teachers", PageAccess.Teachers);
            o.Conventions.AuthorizePage("/Findings", PageAccess.Findings);
            o.Conventions.AuthorizePage("/FollowUp", PageAccess.FollowUp);
            o.Conventions.AuthorizePage("/Reports", PageAccess.Reports);
            o.Conventions.AuthorizePage("/Attest", PageAccess.Attest);
            o.Conventions.AuthorizePage("/Etl", PageAccess.Etl);
            o.Conventions.AuthorizePage("/Accounts", PageAccess.Accounts);
            o.Conventions.AuthorizePage("/Bureau", PageAccess.Bureau);
        });
        JobSetup.Add(builder, settings, options);
        builder.AddWebHardening();

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(db.Dispose);
        FirstRun.EnsureAccounts(app.Services, settings, options, Console.Out);

        app.UseSerilogRequestLogging(o => o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} {StatusCode} {Elapsed:0.0} ms");
        app.UseWebHardening();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        HandOffEndpoint.Map(app);
        return app;
    }

    /// <summary>The schools served: the one named by --school, else those the loads stored (a fresh warehouse: jingxin's rules).</summary>
    private static ISchoolDirectory Schools(DashboardOptions options, WarehouseDb db)
    {
        if (options.School is not null) return new OneSchool(SchoolCatalog.Load(options.School));
        var directory = options.Schools?.Invoke(db) ?? new WarehouseSchools(db);
        return directory.Schools().Count > 0 ? directory : new OneSchool(SchoolConfigStore.Load(db));
    }
}

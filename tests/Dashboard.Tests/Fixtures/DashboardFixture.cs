using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using PortfolioAnalytics.Dashboard.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Fixtures;

/// <summary>
/// The dashboard on a free loopback port over the small school, one account per role, numbers from
/// <see cref="FixedMetrics"/>. One per test class.
/// </summary>
public class DashboardFixture : IAsyncLifetime
{
    public static readonly (string User, Role Role, string? StaffNo)[] Users =
    [
        ("admin", Role.Admin, null),
        ("principal", Role.Principal, null),
        ("counsel", Role.Counseling, null),
        ("tutor101", Role.Tutor, "T101"),
        ("tutor102", Role.Tutor, "T102"),
        ("teacher900", Role.Teacher, "T900"),
        ("registry", Role.Registry, null),
    ];

    public static string Password(string user) => "pw-" + user + "-2022";

    public DirectoryInfo Dir { get; } = Directory.CreateTempSubdirectory("pa-dash-");
    public FixedMetrics Metrics { get; } = new();
    public WebApplication App { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public string WarehousePath { get; private set; } = "";

    protected virtual DashboardOptions Configure(DashboardOptions options) => options;

    public async Task InitializeAsync()
    {
        WarehousePath = TestWarehouse.Create(Dir.FullName);
        App = await DashboardHost.StartAsync(Configure(new DashboardOptions
        {
            WarehousePath = WarehousePath,
            Urls = "http://127.0.0.1:0",
            School = "jingxin",
            Scheduler = false,
            Clock = new Clock(() => FixedMetrics.Today),
            Metrics = sp =>
            {
                Metrics.Roster = new CompletionMetrics(sp.GetRequiredService<WarehouseDb>(), sp.GetRequiredService<SchoolConfig>());
                return Metrics;
            },
            Accounts = Users.Select(u => new SeedAccount(new Account(u.User, u.User + " 帳號", u.Role, u.StaffNo, null), Password(u.User))).ToList(),
            Settings = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Warning" },
        }));
        BaseUrl = DashboardHost.Addresses(App)[0];
    }

    public virtual async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try { Dir.Delete(true); } catch (IOException) { }
    }

    /// <summary>An HTTP client signed in as <paramref name="user"/> (through the login form, antiforgery token and all).</summary>
    public async Task<HttpClient> SignIn(string user, string? password = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(BaseUrl),
        };
        var form = await client.GetStringAsync("/Login");
        var response = await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password ?? Password(user),
            ["__RequestVerificationToken"] = Token(form),
        }));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "signing in as {0} redirects to the home page", user);
        return client;
    }

    public static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}

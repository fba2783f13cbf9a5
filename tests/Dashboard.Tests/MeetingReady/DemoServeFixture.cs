using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.MeetingReady;

/// <summary>
/// What <c>portfolio demo</c> serves, on a small demo school: generated, loaded, the dashboard on a free port with the
/// demo's accounts (plus an admin) and the documents written in the background; one headless Chromium.
/// </summary>
public sealed class DemoServeFixture : IAsyncLifetime
{
    public const string AdminPassword = "admin-pw-2022";

    public DirectoryInfo Dir { get; } = Directory.CreateTempSubdirectory("pa-demo-serve-");
    internal DemoRequest Request { get; private set; } = null!;
    public DemoSummary Summary { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public DocumentBatch Documents { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IReadOnlyList<SeedAccount> Accounts { get; private set; } = [];
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? _playwright;

    /// <summary>Screenshots land here (bin/…/screenshots).</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Request = new DemoRequest(Students: 300, Seed: 111, DataDir: Dir.FullName);
        Summary = DemoCommand.Generate(Request, TextWriter.Null);
        DemoCommand.Load(Request, SchoolCatalog.Load(Request.School), Summary, TextWriter.Null);
        using (var db = WarehouseDb.Open(Request.WarehousePath))
            Accounts = [.. DemoAccounts.For(new CompletionMetrics(db, SchoolConfigStore.Load(db))), new SeedAccount(new Account("admin", "管理員", Role.Admin, null, null), AdminPassword)];
        Documents = new DocumentBatch(Request.DataDir, DemoCommand.ReportParts(Request, Summary));
        App = await DashboardHost.StartAsync(new DashboardOptions
        {
            WarehousePath = Request.WarehousePath,
            Urls = "http://127.0.0.1:0",
            School = Request.School,
            DataDirectory = Dir.FullName,
            Accounts = Accounts,
            Scheduler = false,
            Clock = Clock.Fixed(Summary.ExportedAt),
            Documents = Documents,
            Settings = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Warning" },
        });
        BaseUrl = DashboardHost.Addresses(App)[0];
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await Fixtures.Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try { Dir.Delete(true); } catch (IOException) { }
    }

    public string Password(string user) => Accounts.Single(a => a.Account.UserName == user).Password;

    public string StaffNo(string user) => Accounts.Single(a => a.Account.UserName == user).Account.StaffNo!;

    /// <summary>Waits (up to five minutes) until the background documents are all written.</summary>
    public async Task DocumentsFinished()
    {
        for (var i = 0; i < 600 && !Documents.Finished; i++) await Task.Delay(500);
        Documents.Error.Should().BeNull();
        Documents.Finished.Should().BeTrue("the documents are written within five minutes");
    }

    public async Task<HttpClient> SignIn(string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(BaseUrl),
            Timeout = TimeSpan.FromMinutes(3),
        };
        var form = await client.GetStringAsync("/Login");
        var response = await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = Password(user),
            ["__RequestVerificationToken"] = Fixtures.DashboardFixture.Token(form),
        }));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "signing in as {0} redirects to the home page", user);
        return client;
    }

    public Task<IPage> SignInPage(string user) => Fixtures.Chromium.SignInPage(Browser, BaseUrl, user, Password(user));
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PortfolioAnalytics.Dashboard.Jobs;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;
using static PortfolioAnalytics.Dashboard.Tests.Schools.SchoolScopeTests;
using static PortfolioAnalytics.Dashboard.Tests.Schools.TwoSchoolsFixture;

namespace PortfolioAnalytics.Dashboard.Tests.Schools;

/// <summary>
/// 各校總覽 (the bureau's page) over two schools: its numbers are the roll-up's and each school's own overview's; a
/// school's name opens that school's dashboard, which shows no named student and ends with logout.
/// </summary>
public class BureauTests(TwoSchoolsFixture host) : IClassFixture<TwoSchoolsFixture>
{
    private readonly SchoolScopeTests _warehouse = new(host);

    private IRollup FreshRollup()
    {
        var db = host.App.Services.GetRequiredService<WarehouseDb>();
        return new SchoolRollup(db, new WarehouseSchools(db));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sem=111-1&asof=2023-01-20")]
    [InlineData("sem=111-2&asof=2023-03-31T12:00:00")]
    public async Task The_bureau_page_equals_the_roll_up_and_each_school_s_own_overview(string query)
    {
        var (bureau, _) = await _warehouse.SignIn(BureauUser);
        using var _b = bureau;
        var (sem, asOf) = query.Length == 0 ? (Sem, Moment) : Parse(query);
        var q = query.Length == 0 ? "" : "&" + query;
        var rollup = FreshRollup();

        var bySchool = Rows(await bureau.GetByteArrayAsync($"/Bureau?export=schools{q}"));
        var expected = rollup.Completion(sem, asOf, RollupBy.School);
        bySchool.Select(r => r["學校"].ToString()).Should().Equal(expected.Select(e => e.SchoolName));
        foreach (var (row, e) in bySchool.Zip(expected))
        {
            Counts(row).Should().Be(e.Counts, "{0} on the page is the roll-up's", e.SchoolName);
            // … and the school's own overview, as its principal downloads it.
            var school = Both.Single(s => s.Code == e.SchoolCode);
            var (principal, _) = await _warehouse.SignIn(school.User("principal"));
            using (principal)
            {
                var phases = Rows(await principal.GetByteArrayAsync($"/?export=phases{q}"));
                new CompletionCounts(phases.Sum(p => N(p["應完成"])), phases.Sum(p => N(p["準時完成"])), phases.Sum(p => N(p["逾期完成"])),
                        phases.Sum(p => N(p["未完成"])), e.Counts.Exempt)
                    .Should().Be(e.Counts, "{0}'s principal sees the same numbers", school.Name);
            }
        }

        var byKind = Rows(await bureau.GetByteArrayAsync($"/Bureau?export=kinds{q}"));
        var own = Both.SelectMany(s =>
        {
            var m = _warehouse.Metrics(s);
            var kinds = m.Phases(sem).ToDictionary(p => p.Id, p => p.Kind);
            return m.Completion(new CompletionQuery(sem, asOf, Breakdown.Phase)).Select(r => (Kind: kinds[r.PhaseId], r.Counts));
        }).GroupBy(x => x.Kind.ToString()).ToDictionary(g => g.Key, g => CompletionCounts.Sum(g.Select(x => x.Counts)));
        byKind.Should().HaveCount(own.Count);
        foreach (var row in byKind)
        {
            var kind = rollup.Completion(sem, asOf, RollupBy.Phase).Single(r => r.KindName == row["階段類別"].ToString()).Kind!.Value;
            Counts(row).Should().Be(own[kind.ToString()], "{0} is the sum of both schools' own phases of that kind", kind);
        }

        var byDistrict = Rows(await bureau.GetByteArrayAsync($"/Bureau?export=districts{q}"));
        byDistrict.Select(r => (r["行政區"].ToString(), Counts(r)))
            .Should().Equal(rollup.Completion(sem, asOf, RollupBy.District).Select(r => (r.District, r.Counts)));

        var html = await bureau.GetStringAsync($"/Bureau?{query}");
        html.Should().Contain(CompletionCounts.OnTimeLabel).And.Contain(CompletionCounts.WithLateLabel).And.Contain(CompletionCounts.RatesNote);
        foreach (var e in expected) html.Should().Contain(e.Counts.OnTimeText).And.Contain(e.Counts.WithLateText);
    }

    [Fact]
    public async Task A_school_name_opens_its_own_dashboard_with_no_named_student_and_the_choice_ends_with_logout()
    {
        var (bureau, cookies) = await _warehouse.SignIn(BureauUser);
        using var _b = bureau;
        (await bureau.GetAsync("/")).Headers.Location!.ToString().Should().Be("/Bureau", "nothing is chosen yet");
        var page = await bureau.GetStringAsync("/Bureau");
        foreach (var school in Both)
        {
            page.Should().Contain($"/Bureau?handler=Open&amp;school={school.Code}");
            var open = await bureau.GetAsync($"/Bureau?handler=Open&school={school.Code}");
            open.StatusCode.Should().Be(HttpStatusCode.Redirect);
            open.Headers.Location!.ToString().Should().Be("/");
            var overview = await bureau.GetStringAsync("/");
            overview.Should().Contain($"{school.Config.Name} 學習歷程檔案").And.Contain("回各校總覽");
            var (principal, _) = await _warehouse.SignIn(school.User("principal"));
            using (principal)
                Rows(await bureau.GetByteArrayAsync("/?export=phases")).Select(r => N(r["應完成"]))
                    .Should().Equal(Rows(await principal.GetByteArrayAsync("/?export=phases")).Select(r => N(r["應完成"])));

            // Counts, never names: the student lists are refused, and no page the bureau opens names a student.
            foreach (var refused in new[] { "/Students", "/FollowUp", "/Findings", "/Reports?kind=SelfCheck", "/Attest", "/Etl", "/Accounts" })
                (await bureau.GetAsync(refused)).Headers.Location!.ToString().Should().Contain("/Denied", refused);
            var students = Students(school);
            foreach (var path in _warehouse.Pages(school).Where(p => PageAccessAllowsBureau(p)))
            {
                var html = await bureau.GetStringAsync(path);
                Leaks(html, students).Should().BeEmpty("{0} names no student to the bureau", path);
                html.Should().NotContain("href=\"/Students", "{0} links no student list the bureau may not open", path);
                foreach (var download in Downloads(html))
                    Leaks(Text(await bureau.GetByteArrayAsync(download)), students).Should().BeEmpty("{0} names no student", download);
            }
        }
        (await bureau.GetAsync("/Bureau?handler=Open&school=999999")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var oldCookie = cookies.GetCookieHeader(new Uri(host.BaseUrl));
        (await bureau.PostAsync("/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardFixture.Token(await bureau.GetStringAsync("/Bureau")),
        }))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using (var replay = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) })
        {
            replay.DefaultRequestHeaders.Add("Cookie", oldCookie);
            (await replay.GetAsync("/")).Headers.Location!.ToString().Should().Contain("/Login", "the chosen school died with the session");
        }
        var (again, _) = await _warehouse.SignIn(BureauUser);
        using (again)
            (await again.GetAsync("/")).Headers.Location!.ToString().Should().Be("/Bureau", "a new session starts with no school chosen");
    }

    [Fact]
    public async Task An_administrator_of_many_schools_chooses_one_and_gives_each_account_its_school()
    {
        var (admin, _) = await _warehouse.SignIn("admin");
        using var _a = admin;
        (await admin.GetAsync("/")).Headers.Location!.ToString().Should().Be("/Bureau");
        var accounts = await admin.GetStringAsync("/Accounts");
        accounts.Should().Contain("所屬學校").And.Contain(A.Config.Name).And.Contain(B.Config.Name);

        var refused = await admin.PostAsync("/Accounts", Form(accounts, new()
        {
            ["NewUser"] = "nobody-school", ["NewRole"] = "Principal", ["NewPassword"] = DashboardFixture.Password("nobody-school"),
        }));
        (await refused.Content.ReadAsStringAsync()).Should().Contain("須指定所屬學校");

        var saved = await admin.PostAsync("/Accounts", Form(accounts, new()
        {
            ["NewUser"] = "counsel-new", ["NewRole"] = "Counseling", ["NewSchool"] = B.Code, ["NewPassword"] = DashboardFixture.Password("counsel-new"),
        }));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (counsel, _) = await _warehouse.SignIn("counsel-new");
        using (counsel)
        {
            var html = await counsel.GetStringAsync("/");
            html.Should().Contain($"{B.Config.Name} 學習歷程檔案").And.NotContain(A.Config.Name);
        }
        (await admin.GetAsync($"/Bureau?handler=Open&school={A.Code}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/")).Should().Contain($"{A.Config.Name} 學習歷程檔案");
    }

    [Fact]
    public async Task No_input_in_any_parameter_of_the_bureau_page_gets_a_500()
    {
        string[] values =
        [
            "0000-01-01", "9999-12-31", "-1", "0", "99999999999999999999", "１１１-１", "<script>alert(1)</script>", "' OR 1=1 --",
            "%00", "\u0000", "..%2F..%2Fetc%2Fpasswd", new string('9', 5000), "", A.Code, "Open",
        ];
        string[] parameters = ["sem", "asof", "export", "handler", "school", "phase", "grade", "class", "status", "teacher"];
        var failures = new List<string>();
        foreach (var user in new[] { BureauUser, "admin" })
        {
            var (client, _) = await _warehouse.SignIn(user);
            using var _c = client;
            foreach (var p in parameters)
                foreach (var v in values)
                    foreach (var url in new[] { $"/Bureau?{p}={Uri.EscapeDataString(v)}", $"/Bureau?handler=Open&school={A.Code}&{p}={Uri.EscapeDataString(v)}" })
                    {
                        var r = await client.GetAsync(url);
                        if ((int)r.StatusCode >= 500) failures.Add($"{user} {url[..Math.Min(url.Length, 80)]} → {(int)r.StatusCode}");
                    }
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task The_jobs_run_per_school_each_with_its_own_outbox()
    {
        var jobs = host.App.Services.GetRequiredService<SchoolJobs>();
        var outcome = await jobs.EachAsync(s => jobs.FollowUp(s).SendAsync(0, CancellationToken.None));
        outcome.Message.Should().Contain(A.Config.Name).And.Contain(B.Config.Name);
        foreach (var (own, other) in new[] { (A, B), (B, A) })
        {
            var folder = Path.Combine(Path.GetDirectoryName(host.TwoSchoolWarehouse)!, "portfolio-data", "schools", own.Code, "outbox");
            Directory.Exists(folder).Should().BeTrue(folder);
            var files = Directory.GetFiles(folder, "*.xlsx", SearchOption.AllDirectories);
            files.Should().NotBeEmpty();
            var foreign = _warehouse.OnlyIn(other, own);
            foreach (var file in files) Leaks(Text(await File.ReadAllBytesAsync(file)), foreign).Should().BeEmpty(file);
        }
        var freeze = await jobs.EachAsync(s => jobs.Freezer(s).FreezePassedAsync(CancellationToken.None));
        freeze.Message.Should().StartWith(A.Config.Name).And.Contain(B.Config.Name);
    }

    private static bool PageAccessAllowsBureau(string path) =>
        Security.PageAccess.Allows(Policy(path), Security.Role.Bureau) && Policy(path) != Security.PageAccess.Bureau;

    private IReadOnlyList<string> Students(School school) =>
        host.App.Services.GetRequiredService<Data.WarehouseGate>().Query(
            "SELECT DISTINCT name FROM student WHERE school_code = $s AND length(name) >= 3", r => r.GetString(0), ("s", school.Code));

    private static CompletionCounts Counts(Dictionary<string, object> row) =>
        new(N(row["應完成"]), N(row["準時完成"]), N(row["逾期完成"]), N(row["未完成"]), N(row["免除"]));

    private static (Semester, DateTime) Parse(string query)
    {
        var parts = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Semester.TryParse(parts["sem"], out var sem).Should().BeTrue();
        var asOf = parts["asof"].Contains('T')
            ? DateTime.Parse(parts["asof"], System.Globalization.CultureInfo.InvariantCulture)
            : Warehouse.Calendar.AsOf.EndOfDay(DateOnly.Parse(parts["asof"], System.Globalization.CultureInfo.InvariantCulture));
        return (sem, asOf);
    }

    private static FormUrlEncodedContent Form(string html, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = DashboardFixture.Token(html);
        return new FormUrlEncodedContent(fields);
    }
}

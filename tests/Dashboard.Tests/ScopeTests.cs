using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>What each role's queries return: a 導師 their class on the as-of day, a 任課教師 their own backlog.</summary>
public partial class ScopeTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    private static readonly string Upload = FixedMetrics.Upload.Id;

    [Fact]
    public void A_tutor_sees_a_student_only_while_the_student_is_in_their_class()
    {
        var scopes = host.App.Services.GetRequiredService<ScopeResolver>();
        // S004 moved from 101 to 102 on 2022-11-01; S006 left 101 (轉出) on 2022-10-15.
        scopes.Resolve(Role.Tutor, "T101", FixedMetrics.Sem, new DateTime(2022, 10, 1)).Students.Should().BeEquivalentTo(["S001", "S002", "S004", "S006"]);
        scopes.Resolve(Role.Tutor, "T101", FixedMetrics.Sem, new DateTime(2022, 10, 20)).Students.Should().BeEquivalentTo(["S001", "S002", "S004"]);
        scopes.Resolve(Role.Tutor, "T101", FixedMetrics.Sem, new DateTime(2022, 12, 15)).Students.Should().BeEquivalentTo(["S001", "S002"]);
        scopes.Resolve(Role.Tutor, "T102", FixedMetrics.Sem, new DateTime(2022, 10, 20)).Students.Should().BeEquivalentTo(["S003"]);
        scopes.Resolve(Role.Tutor, "T102", FixedMetrics.Sem, new DateTime(2022, 12, 15)).Students.Should().BeEquivalentTo(["S003", "S004"]);
        scopes.Resolve(Role.Tutor, "T102", FixedMetrics.Sem, new DateTime(2023, 6, 1)).Classes.Should().BeEquivalentTo(["102"]);
        scopes.Resolve(Role.Registry, null, FixedMetrics.Sem, FixedMetrics.Today).Students.Should().BeEmpty();
        scopes.Resolve(Role.Counseling, null, FixedMetrics.Sem, FixedMetrics.Today).Unrestricted.Should().BeTrue();
    }

    [Fact]
    public async Task A_tutor_lists_only_their_own_students_and_the_date_bounds_hold()
    {
        using var t102 = await host.SignIn("tutor102");
        var now = await t102.GetStringAsync($"/Students?phase={Upload}");
        StudentNos(now).Should().BeEquivalentTo(["S003", "S004"]);
        var october = await t102.GetStringAsync($"/Students?phase={Upload}&asof=2022-10-20");
        StudentNos(october).Should().BeEquivalentTo(["S003"], "S004 joined 102 on 2022-11-01");
        var otherClass = await t102.GetStringAsync($"/Students?phase={Upload}&class=101");
        StudentNos(otherClass).Should().BeEmpty();
        var followUp = await t102.GetStringAsync("/FollowUp");
        StudentNos(followUp).Should().BeEquivalentTo(["S003", "S004"]);
    }

    [Fact]
    public async Task A_tutors_overview_counts_are_their_classes_sums_from_the_metrics()
    {
        using var t101 = await host.SignIn("tutor101");
        var html = await t101.GetStringAsync("/");
        var row = host.Metrics.Completion(new CompletionQuery(FixedMetrics.Sem, FixedMetrics.Today, Breakdown.Class, Upload))
            .Single(r => r.ClassCode == "101");
        html.Should().Contain(Fmt.Ratio(row.Complete + row.Late, row.Population)).And.Contain("2/2（100.0%）");

        using var principal = await host.SignIn("principal");
        var all = host.Metrics.Completion(new CompletionQuery(FixedMetrics.Sem, FixedMetrics.Today, Breakdown.Phase, Upload)).Single();
        (await principal.GetStringAsync("/")).Should().Contain(Fmt.Ratio(all.Complete + all.Late, all.Population)).And.Contain("3/5（60.0%）");
    }

    [Fact]
    public async Task A_course_teacher_sees_only_their_own_backlog()
    {
        using var teacher = await host.SignIn("teacher900");
        var html = await teacher.GetStringAsync("/Teachers");
        html.Should().Contain("林老師").And.NotContain("張老師");
        var backlog = await teacher.GetStringAsync("/Teachers?teacher=T901");
        backlog.Should().NotContain("張老師").And.Contain("林老師 待認證");
        StudentNos(backlog).Should().BeEquivalentTo(["S002"], "the own backlog (S002's artifact still waiting; S001's certified) shows whatever teacher the URL names");
        // README's role table: a 任課教師 sees students only in their backlog on 教師認證, never the /Students lists.
        (await teacher.GetAsync($"/Students?phase={Upload}&class=102")).StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task No_page_shows_a_national_id_unmasked()
    {
        foreach (var (user, role, _) in DashboardFixture.Users)
        {
            using var client = await host.SignIn(user);
            foreach (var path in new[] { "/", $"/Phase?phase={Upload}&class=101", $"/Students?phase={Upload}", "/Teachers?teacher=T900", "/FollowUp", "/Etl?load=1&reason=bad_national_id" })
            {
                var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK) continue;
                FullId().IsMatch(await response.Content.ReadAsStringAsync()).Should().BeFalse("{0} ({1}) on {2}", user, role, path);
            }
        }
        using var registry = await host.SignIn("registry");
        (await registry.GetStringAsync("/Etl?load=1&reason=bad_national_id")).Should().Contain("S007,A1******88,庚生");
    }

    [Fact]
    public async Task Forms_without_the_antiforgery_token_are_refused()
    {
        using var registry = await host.SignIn("registry");
        var response = await registry.PostAsync("/Attest", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["FormPhase"] = FixedMetrics.Training.Id, ["DoneOn"] = "111.10.28", ["Note"] = "研習",
        }));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_tutor_prints_parent_letters_for_their_own_class_only()
    {
        using var tutor = await host.SignIn("tutor102");
        (await tutor.GetAsync("/FollowUp?handler=Letters&class=101")).StatusCode.Should().NotBe(HttpStatusCode.OK);
        var own = await tutor.GetAsync("/FollowUp?handler=Letters");
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf", await own.Content.ReadAsStringAsync());
        own.Content.Headers.ContentDisposition!.FileNameStar.Should().Contain("102");
    }

    internal static IReadOnlyList<string> StudentNos(string html) =>
        StudentNo().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex(@"<td[^>]*>\s*(?:<a [^>]*>)?(S\d{3})<")]
    private static partial Regex StudentNo();

    [GeneratedRegex(@"[A-Z][12]\d{8}")]
    private static partial Regex FullId();
}

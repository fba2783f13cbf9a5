using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Storage;
using static PortfolioAnalytics.Dashboard.Tests.Schools.TwoSchoolsFixture;

namespace PortfolioAnalytics.Dashboard.Tests.Schools;

/// <summary>What the school tests compare against: the warehouse's own answers, read past the dashboard.</summary>
public partial class SchoolScopeTests
{
    /// <summary>What every page shows when the URL names no semester or moment: the demo clock's day.</summary>
    internal static readonly Semester Sem = Semester.Containing(DateOnly.FromDateTime(ExportedAt));
    internal static readonly DateTime Moment = AsOf.EndOfDay(DateOnly.FromDateTime(ExportedAt));

    internal CompletionMetrics Metrics(School school) => new(host.App.Services.GetRequiredService<WarehouseDb>(), school.Config);

    internal long Population(School school) =>
        Metrics(school).Completion(new CompletionQuery(Sem, Moment, Breakdown.Phase)).Sum(r => r.Population);

    /// <summary>Every page of the role table for the school's data (a phase with members, one of its classes).</summary>
    internal IReadOnlyList<string> Pages(School school)
    {
        var m = Metrics(school);
        var phase = m.Phases(Sem).First(p => CompletionMetrics.MemberKinds.Contains(p.Kind)).Id;
        var cls = m.Classes(Sem).First().ClassCode;
        return
        [
            "/", $"/Phase?phase={phase}", $"/Phase?phase={phase}&class={cls}", $"/Students?phase={phase}&status=missing",
            "/Teachers", "/FollowUp", "/Findings", "/Reports?kind=SelfCheck", "/Attest", "/Etl", "/Accounts", "/Bureau",
        ];
    }

    /// <summary>The policy of a page path (the role table's key).</summary>
    internal static string Policy(string path) => path.Split('?')[0] switch
    {
        "/" => PageAccess.Overview,
        var p => p.TrimStart('/'),
    };

    internal static Role RoleOf(string user) => user switch
    {
        "principal" => Role.Principal, "counsel" => Role.Counseling, "tutor" => Role.Tutor, "teacher" => Role.Teacher,
        "registry" => Role.Registry, "bureau" => Role.Bureau, _ => Role.Admin,
    };

    /// <summary>The page as asked, and with the other school asked for every way a client could: parameters and cookies.</summary>
    internal static IEnumerable<(string Url, string? Cookie)> Tampered(string path, School other)
    {
        var sep = path.Contains('?') ? "&" : "?";
        yield return (path, null);
        foreach (var key in new[] { "school", "school_code", "chosen_school", "schoolCode" })
            yield return ($"{path}{sep}{key}={other.Code}", null);
        yield return (path, "chosen_school");
        yield return (path, "school");
    }

    /// <summary>Names only the other school has (students and staff; names one school also has, or that hide inside one
    /// of its names, are left out), and the other school's name.</summary>
    internal IReadOnlyList<string> OnlyIn(School other, School own)
    {
        var gate = host.App.Services.GetRequiredService<Data.WarehouseGate>();
        IReadOnlyList<string> Names(School s) => gate.Query(
            "SELECT name FROM student WHERE school_code = $s AND name IS NOT NULL UNION SELECT name FROM staff WHERE school_code = $s AND name IS NOT NULL",
            r => r.GetString(0), ("s", s.Code));
        var mine = Names(own);
        var ownText = string.Join("\n", mine);
        return Names(other).Except(mine).Where(n => n.Length >= 3 && !ownText.Contains(n, StringComparison.Ordinal))
            .Append(other.Config.Name).ToList();
    }

    internal static IReadOnlyList<string> Leaks(string text, IReadOnlyList<string> foreign) =>
        foreign.Where(f => text.Contains(f, StringComparison.Ordinal)).Take(5).ToList();

    internal static IEnumerable<string> Downloads(string html) =>
        DownloadLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct();

    [GeneratedRegex("class=\"download\" href=\"([^\"]+)\"")]
    private static partial Regex DownloadLink();

    /// <summary>Every cell's text of a workbook.</summary>
    internal static string Text(byte[] xlsx)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var text = new StringBuilder();
        foreach (var sheet in book.Worksheets)
            foreach (var cell in sheet.CellsUsed()) text.Append(cell.GetFormattedString()).Append('\n');
        return text.ToString();
    }

    /// <summary>The rows of a downloaded table: header → number for the numeric cells, header → text for the others.</summary>
    internal static IReadOnlyList<Dictionary<string, object>> Rows(byte[] xlsx)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = book.Worksheets.First();
        var header = sheet.SheetView.SplitRow;
        var last = sheet.LastColumnUsed()!.ColumnNumber();
        var titles = Enumerable.Range(1, last).Select(c => sheet.Cell(header, c).GetString()).ToList();
        return Enumerable.Range(header + 1, Math.Max(0, sheet.LastRowUsed()!.RowNumber() - header))
            .Select(r => titles.Select((t, i) => (t, sheet.Cell(r, i + 1).Value)).ToDictionary(x => x.t, x => x.Value))
            .ToList();
    }

    internal static long N(object v) => v is double d ? (long)d : long.Parse((v.ToString() ?? "").Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Signs in through the form, keeping the cookie jar (a test adds cookies of its own to it).</summary>
    internal async Task<(HttpClient Client, CookieContainer Cookies)> SignIn(string user)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var form = await client.GetStringAsync("/Login");
        var response = await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = DashboardFixture.Password(user), ["__RequestVerificationToken"] = DashboardFixture.Token(form),
        }));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "signing in as {0}", user);
        return (client, cookies);
    }
}

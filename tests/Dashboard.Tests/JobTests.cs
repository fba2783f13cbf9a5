using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.HandOff;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Jobs;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>The scheduler in the host: freeze at start, a failing load retried by policy, history, follow-up mail, retention, hand-off.</summary>
public class JobTests(SchedulerFixture host) : IClassFixture<SchedulerFixture>
{
    private T Get<T>() where T : notnull => host.App.Services.GetRequiredService<T>();

    [Fact]
    public async Task Passed_deadlines_are_frozen_when_the_server_starts()
    {
        await Until(() => Get<JobRunLog>().Recent().Any(r => r.JobName == JobBoard.Freeze && r.TriggerKind == "startup" && r.Status == "succeeded"));
        host.Metrics.Frozen.Should().BeEquivalentTo([FixedMetrics.Upload.Id, FixedMetrics.Training.Id], "certification ends 2022-12-20, after 'now'");
        var run = Get<JobRunLog>().Recent().First(r => r.JobName == JobBoard.Freeze && r.TriggerKind == "startup");
        run.Message.Should().Contain("學生上傳課程學習成果");
    }

    [Fact]
    public async Task A_failed_load_is_logged_retried_by_policy_and_shown_on_the_etl_page()
    {
        (await Get<JobBoard>().RunNowAsync(JobBoard.Etl("nightly"), CancellationToken.None)).Should().BeTrue();
        await Until(() => Get<JobRunLog>().Recent().Count(r => r.JobName == "etl:nightly" && r.Status == "failed") >= 2);
        var runs = Get<JobRunLog>().Recent().Where(r => r.JobName == "etl:nightly").OrderBy(r => r.RunId).ToList();
        runs.Select(r => (r.TriggerKind, r.Attempt)).Should().Equal(("manual", 1), ("retry", 2));
        runs[0].Message.Should().Contain("找不到匯出資料夾").And.Contain("重試");
        runs[1].Message.Should().Contain("已達重試上限");

        using var registry = await host.SignIn("registry");
        var page = await registry.GetStringAsync("/Etl");
        page.Should().Contain("找不到匯出資料夾").And.Contain("失敗").And.Contain("下次執行").And.Contain("0 0 2 * * ?");
    }

    [Fact]
    public async Task The_weekly_follow_up_gives_each_tutor_their_own_class_and_mails_it_through_smtp()
    {
        var port = FreePort();
        var maildir = Path.Combine(host.Dir.FullName, "maildir");
        using var smtp = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        { RedirectStandardError = true, RedirectStandardOutput = true })!;
        try
        {
            await Until(() => CanConnect(port));
            var settings = Get<DashboardSettings>() with
            {
                DataDirectory = Path.Combine(host.Dir.FullName, "followup"),
                Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, From = "portfolio@school.test" },
                CounselingEmails = ["counsel@school.test"],
            };
            var sender = new FollowUpSender(Get<WarehouseGate>(), host.Metrics, Get<ScopeResolver>(), Get<SemesterDefaults>(),
                settings, Get<Clock>(), NullLogger<FollowUpSender>.Instance);
            var outcome = await sender.SendAsync(0, CancellationToken.None);
            outcome.Message.Should().Contain("已產生 4 份").And.Contain("寄出 4 封");

            var folder = Directory.GetDirectories(settings.OutboxDirectory).Single();
            StudentNos(Path.Combine(folder, "導師-T101.xlsx")).Should().BeEmpty("S001 and S002 are not lagging");
            StudentNos(Path.Combine(folder, "導師-T102.xlsx")).Should().BeEquivalentTo(["S003", "S004"]);
            StudentNos(Path.Combine(folder, "導師-T201.xlsx")).Should().BeEquivalentTo(["S005"]);
            StudentNos(Path.Combine(folder, "輔導中心-全校.xlsx")).Should().BeEquivalentTo(["S003", "S004", "S005"]);

            var mails = Directory.GetFiles(Path.Combine(maildir, "new")).Select(File.ReadAllText).ToList();
            mails.Should().HaveCount(4);
            mails.Should().ContainSingle(m => m.Contains("t102@school.test") && m.Contains("filename"));
            mails.Should().ContainSingle(m => m.Contains("counsel@school.test"));
        }
        finally
        {
            smtp.Kill();
        }
    }

    [Fact]
    public async Task Leavers_past_retention_are_deleted_with_an_audit_record()
    {
        var school = Get<SchoolConfig>();
        var late = new Clock(() => new DateTime(2022, 10, 15) + school.LeaverRetention + TimeSpan.FromDays(2));
        var settings = Get<DashboardSettings>() with { DataDirectory = Path.Combine(host.Dir.FullName, "retention") };
        var old = Directory.CreateDirectory(Path.Combine(settings.OutboxDirectory, "2022-10-01_0700"));
        var recent = Directory.CreateDirectory(Path.Combine(settings.OutboxDirectory, late.Now.ToString("yyyy-MM-dd_HHmm", System.Globalization.CultureInfo.InvariantCulture)));
        var purger = new RetentionPurger(Get<WarehouseGate>(), school, late, settings);
        var outcome = await purger.PurgeAsync(99, CancellationToken.None);
        outcome.Message.Should().Contain("已刪除 1 位").And.Contain("並刪除 1 批");
        Directory.Exists(old.FullName).Should().BeFalse("a follow-up list from before the cutoff names students who may have left");
        Directory.Exists(recent.FullName).Should().BeTrue();
        var w = Get<WarehouseGate>();
        w.Scalar<long>("SELECT count(*) FROM student WHERE student_no = 'S006'").Should().Be(0);
        w.Scalar<long>("SELECT count(*) FROM student_enrolment WHERE student_no = 'S006'").Should().Be(0);
        w.Scalar<long>("SELECT count(*) FROM student").Should().Be(5);
        w.Scalar<long>("SELECT sum(rows_deleted) FROM retention_audit WHERE run_id = 99 AND student_no = 'S006'").Should().Be(5);
        w.Scalar<string>("SELECT leave_type FROM retention_audit WHERE run_id = 99 LIMIT 1").Should().Be("轉出");
        (await purger.PurgeAsync(100, CancellationToken.None)).Message.Should().Contain("沒有");
    }

    [Fact]
    public void A_load_from_the_command_line_is_handed_to_the_running_server()
    {
        var export = Path.Combine(host.Dir.FullName, "export");
        Directory.CreateDirectory(export);
        File.WriteAllText(Path.Combine(export, "教職員.csv"), "教職員編號,姓名,處室,組別,職稱,課程諮詢教師,電子郵件\nT950,吳老師,教務處,,教師,否,t950@school.test\n");
        File.WriteAllText(Path.Combine(export, "manifest.json"),
            """{"school_code":"413301","exported_at":"2022-12-15 06:00","files":[{"kind":"staff","file":"教職員.csv","mode":"delta"}]}""");

        RunningServer.Read(host.WarehousePath).Should().NotBeNull("the server leaves a note beside the warehouse");
        var handed = RunningServer.TryHandOff(host.WarehousePath, export);
        handed.Should().NotBeNull();
        handed!.Succeeded.Should().BeTrue(handed.Message);
        handed.Result!.Kinds.Should().ContainSingle(k => k.Kind == "staff" && k.Loaded == 1);
        Get<WarehouseGate>().Scalar<long>("SELECT count(*) FROM staff WHERE staff_no = 'T950'").Should().Be(1);
        Get<JobRunLog>().Recent().Should().Contain(r => r.TriggerKind == "hand-off" && r.Status == "succeeded");

        Dashboard.Commands.LoadCommand.Run(export, host.WarehousePath, "jingxin", false).Should().Be(Dashboard.Commands.LoadCommand.Ok);
        RunningServer.TryHandOff(Path.Combine(host.Dir.FullName, "other.duckdb"), export).Should().BeNull("no server holds that file");
    }

    [Fact]
    public async Task Job_history_survives_a_restart_and_unfinished_runs_are_marked()
    {
        var dir = Directory.CreateTempSubdirectory("pa-restart-");
        var options = new DashboardOptions
        {
            WarehousePath = TestWarehouse.Create(dir.FullName), Urls = "http://127.0.0.1:0", School = "jingxin", Scheduler = false,
            Metrics = _ => new FixedMetrics(), Settings = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Warning" },
        };
        long done, open;
        await using (var first = await DashboardHost.StartAsync(options))
        {
            var runs = first.Services.GetRequiredService<JobRunLog>();
            done = runs.Start("etl:nightly", "scheduled", 1);
            runs.Finish(done, "succeeded", "載入完成");
            open = runs.Start("retention", "scheduled", 1);
            await first.StopAsync();
        }
        await using (var second = await DashboardHost.StartAsync(options))
        {
            var recent = second.Services.GetRequiredService<JobRunLog>().Recent();
            recent.Single(r => r.RunId == done).Status.Should().Be("succeeded");
            recent.Single(r => r.RunId == open).Status.Should().Be("interrupted");
            await second.StopAsync();
        }
        dir.Delete(true);
    }

    private static IReadOnlyList<string> StudentNos(string xlsx)
    {
        using var book = new XLWorkbook(xlsx);
        return book.Worksheet(1).RowsUsed().Select(r => r.Cell(1).GetString()).Where(s => s.StartsWith('S')).ToList();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static bool CanConnect(int port)
    {
        try { using var c = new TcpClient("127.0.0.1", port); return true; }
        catch (SocketException) { return false; }
    }

    private static async Task Until(Func<bool> condition, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in time");
            await Task.Delay(100);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.People;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests;

/// <summary>Runs the real <c>portfolio</c> binary: a SIGKILL in the middle of a big load leaves the warehouse as it was.</summary>
[Trait("Speed", "Slow")]
public class LoadCommandKillTests
{
    private const string Code = "413301";

    [Fact]
    public void Killing_the_load_midway_leaves_the_warehouse_exactly_as_before_and_the_next_load_succeeds()
    {
        var root = Directory.CreateTempSubdirectory("pa-kill-");
        try
        {
            var warehouse = Path.Combine(root.FullName, "w.duckdb");
            var school = SchoolCatalog.Load("jingxin");
            var small = WriteExport(Path.Combine(root.FullName, "small"), "2023-02-20 06:00", artifacts: 50);
            using (var db = WarehouseDb.Open(warehouse))
                ExportLoader.Load(db, school, small).Status.Should().Be(LoadResult.Succeeded);
            var before = Fingerprint(warehouse);

            var big = WriteExport(Path.Combine(root.FullName, "big"), "2023-03-01 06:00", artifacts: 200_000);
            using (var process = StartLoad(big, warehouse))
            {
                var sawArtifacts = new ManualResetEventSlim();
                process.ErrorDataReceived += (_, e) =>
                {
                    if (e.Data is { } line && line.StartsWith("課程學習成果.csv", StringComparison.Ordinal)) sawArtifacts.Set();
                };
                process.BeginErrorReadLine();
                process.BeginOutputReadLine();
                sawArtifacts.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("the load should report progress on the artifacts file");
                process.HasExited.Should().BeFalse("the load must still be running when it is killed");
                process.Kill(entireProcessTree: true);   // SIGKILL on Linux
                process.WaitForExit();
            }

            Fingerprint(warehouse).Should().Equal(before);

            using (var process = StartLoad(big, warehouse))
            {
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                process.ExitCode.Should().Be(0, output);
                output.Should().Contain("課程學習成果（課程學習成果.csv）：讀取 200,000 列，載入 200,000 列");
            }
            using (var db = WarehouseDb.Open(warehouse))
            using (var c = db.Connect())
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = "SELECT count(*) FROM course_artifact WHERE deleted_at IS NULL";
                Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).Should().Be(200_000);
                cmd.CommandText = "SELECT string_agg(status, ',' ORDER BY load_id) FROM etl_load";
                cmd.ExecuteScalar().Should().Be("succeeded,succeeded");
            }
        }
        finally
        {
            root.Delete(true);
        }
    }

    [Fact]
    public void Usage_errors_exit_2_and_a_refused_export_exits_3()
    {
        var root = Directory.CreateTempSubdirectory("pa-cli-");
        try
        {
            using (var p = Run("load")) p.ExitCode.Should().Be(2);
            var warehouse = Path.Combine(root.FullName, "w.duckdb");
            var newer = WriteExport(Path.Combine(root.FullName, "newer"), "2023-03-01 06:00", artifacts: 5);
            var older = WriteExport(Path.Combine(root.FullName, "older"), "2023-02-01 06:00", artifacts: 5);
            using (var p = Run("load", newer, "--warehouse", warehouse, "--school", "jingxin"))
            {
                p.ExitCode.Should().Be(0);
                p.StandardOutput.ReadToEnd().Should().Contain("載入完成");
                p.StandardError.ReadToEnd().Should().BeEmpty("progress stays quiet when output is redirected");
            }
            using (var p = Run("load", older, "--warehouse", warehouse, "--school", "jingxin"))
            {
                p.ExitCode.Should().Be(3);
                p.StandardOutput.ReadToEnd().Should().Contain("早於已載入的 112.03.01 06:00");
            }
        }
        finally
        {
            root.Delete(true);
        }
    }

    [Fact]
    public void A_mass_deletion_exits_1_until_the_kind_is_confirmed_and_a_manifest_leading_outside_exits_3()
    {
        var root = Directory.CreateTempSubdirectory("pa-cli-");
        try
        {
            var warehouse = Path.Combine(root.FullName, "w.duckdb");
            using (var p = Run("load", WriteExport(Path.Combine(root.FullName, "first"), "2023-02-20 06:00", artifacts: 50),
                       "--warehouse", warehouse, "--school", "jingxin"))
                p.ExitCode.Should().Be(0);
            var truncated = WriteExport(Path.Combine(root.FullName, "truncated"), "2023-02-21 06:00", artifacts: 5);
            using (var p = Run("load", truncated, "--warehouse", warehouse, "--school", "jingxin"))
            {
                p.ExitCode.Should().Be(1);
                p.StandardOutput.ReadToEnd().Should().Contain("現有 50 筆中的 45 筆（90.0 %）標為刪除").And.Contain("--allow-mass-delete artifacts");
            }
            using (var p = Run("load", truncated, "--warehouse", warehouse, "--school", "jingxin", "--allow-mass-delete", "artifacts"))
                p.ExitCode.Should().Be(0, p.StandardOutput.ReadToEnd());
            using (var p = Run("load", truncated, "--warehouse", warehouse, "--school", "jingxin", "--allow-mass-delete", "nonsense"))
                p.ExitCode.Should().Be(2);

            var before = Fingerprint(warehouse);
            var outside = WriteExport(Path.Combine(root.FullName, "outside"), "2023-02-22 06:00", artifacts: 5);
            var manifest = Path.Combine(outside, "manifest.json");
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"課程學習成果.csv\"", "\"../first/課程學習成果.csv\"", StringComparison.Ordinal));
            using (var p = Run("load", outside, "--warehouse", warehouse, "--school", "jingxin"))
            {
                p.ExitCode.Should().Be(3);
                p.StandardOutput.ReadToEnd().Should().Contain("「../first/課程學習成果.csv」不是匯出資料夾內的檔名");
            }
            Fingerprint(warehouse).Where(t => !t.StartsWith("etl_load=", StringComparison.Ordinal))
                .Should().Equal(before.Where(t => !t.StartsWith("etl_load=", StringComparison.Ordinal)));
        }
        finally
        {
            root.Delete(true);
        }
    }

    private static Process Run(params string[] args)
    {
        var p = Start(args);
        p.WaitForExit();
        return p;
    }

    private static Process StartLoad(string export, string warehouse) =>
        Start("load", export, "--warehouse", warehouse, "--school", "jingxin", "--progress");

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "portfolio.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static List<string> Fingerprint(string warehouse)
    {
        using var db = WarehouseDb.Open(warehouse);
        using var c = db.Connect();
        var tables = new List<string>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        return tables.Select(t =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT count(*) || ':' || coalesce(sum(hash(x)), 0) FROM \"{t}\" x";
            return t + "=" + cmd.ExecuteScalar();
        }).ToList();
    }

    /// <summary>A consistent export: 3 staff, 2 classes, 1,000 students, 2 courses, N artifacts.</summary>
    private static string WriteExport(string dir, string exportedAt, int artifacts)
    {
        Directory.CreateDirectory(dir);
        void Write(string file, string header, IEnumerable<string> rows)
        {
            using var w = new StreamWriter(Path.Combine(dir, file), false, new UTF8Encoding(false), 1 << 16);
            w.Write(header + "\n");
            foreach (var r in rows) w.Write(r + "\n");
        }
        string Id(int n)
        {
            var first = "A1" + n.ToString("0000000", CultureInfo.InvariantCulture);
            return first + NationalId.CheckDigit(first);
        }
        Write("教職員.csv", "教職員編號,姓名,處室", ["T01,陳老師,教務處", "T02,林老師,教務處", "T03,黃組長,教務處"]);
        Write("班級.csv", "學年度,學期,班級代碼,年級,部別,導師編號", ["111,1,101,10,日間部,T01", "111,1,102,10,日間部,T02"]);
        Write("學生基本資料.csv", "學號,身分證號,姓名,部別,學籍狀態",
            Enumerable.Range(1, 1000).Select(i => $"S{i:0000},{Id(i)},學生{i},日間部,在學"));
        Write("編班.csv", "學年度,學期,學號,班級代碼,座號",
            Enumerable.Range(1, 1000).Select(i => $"111,1,S{i:0000},{(i % 2 == 0 ? "101" : "102")},{i % 50 + 1}"));
        Write("開課.csv", "學年度,學期,開課序號,課程代碼,科目名稱,修課學分,授課教師編號,班級代碼",
            ["111,1,C1,111413301H10101A1010101,國語文,4,T01,101", "111,1,C2,111413301H10101A1010102,數學,4,T02,102"]);
        Write("課程學習成果.csv", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB,簡述",
            Enumerable.Range(1, artifacts).Select(i =>
                $"A{i:0000000},S{i % 1000 + 1:0000},111,1,C{i % 2 + 1},112/01/{i % 28 + 1:00} {i % 24:00}:{i % 60:00},pdf,{i % 4000 + 1},成果{i}"));
        string[] kinds = ["staff", "classes", "students", "class_assignments", "courses", "artifacts"];
        string[] files = ["教職員.csv", "班級.csv", "學生基本資料.csv", "編班.csv", "開課.csv", "課程學習成果.csv"];
        File.WriteAllText(Path.Combine(dir, "manifest.json"),
            $$"""{"school_code":"{{Code}}","exported_at":"{{exportedAt}}","files":[{{string.Join(",", kinds.Select((k, i) => $$"""{"kind":"{{k}}","file":"{{files[i]}}","mode":"full"}"""))}}]}""");
        return dir;
    }
}

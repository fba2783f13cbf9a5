using System.Text.Json;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

/// <summary>
/// Three demo schools in one warehouse (<c>portfolio demo --schools 3</c>): every command picks one with --school and
/// refuses to guess without it; <c>completion --by school|district</c> and <c>--all-schools --by phase</c> sum the
/// schools' own numbers, on the warehouse and on its Parquet lake alike.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SchoolsCommandTests : IClassFixture<SchoolsCommandTests.ThreeSchools>
{
    public sealed class ThreeSchools : IDisposable
    {
        public string Dir { get; } = Directory.CreateTempSubdirectory("pa-schools-cli-").FullName;
        public string Warehouse => Path.Combine(Dir, "warehouse.duckdb");
        public string Lake => Path.Combine(Dir, "lake");
        public string Output { get; }

        public ThreeSchools()
        {
            var output = new StringWriter();
            var status = DemoCommand.Run(new DemoRequest(Students: 300, Seed: 7, DataDir: Dir, NoServe: true, Schools: 3), output);
            Output = output.ToString();
            if (status != 0) throw new InvalidOperationException(Output);
        }

        public void Dispose() => Directory.Delete(Dir, recursive: true);
    }

    private readonly ThreeSchools _schools;

    public SchoolsCommandTests(ThreeSchools schools) => _schools = schools;

    /// <summary>The command as the user runs it; completion, findings and export-lake write to the given writer.</summary>
    private static (int Status, string Output) Run(params string[] args)
    {
        var parse = PortfolioCli.Root().Parse(args);
        parse.Errors.Should().BeEmpty();
        var output = new StringWriter();
        string? Value(string name) => args.Contains(name) ? args[Array.IndexOf(args, name) + 1] : null;
        var status = args[0] switch
        {
            "completion" when args.Contains("--lake") || args.Contains("--all-schools") || Value("--by") is "school" or "district" =>
                CompletionCommand.RunRollup(Value("--warehouse") is { } w ? new FileInfo(w) : null, Value("--lake") is { } l ? new DirectoryInfo(l) : null,
                    Value("--semester")!, Value("--as-of"), Value("--by") ?? "phase", Value("--format") ?? "table",
                    Value("--school") is null && Value("--phase") is null, output, output),
            "completion" => CompletionCommand.Run(new FileInfo(Value("--warehouse")!), Value("--semester")!, null, Value("--as-of"),
                Value("--by") ?? "phase", Value("--format") ?? "table", Value("--school"), output, output),
            "findings" => FindingsCommand.Run(new FileInfo(Value("--warehouse")!), Value("--semester")!, Value("--as-of"), "table", null,
                Value("--school"), output, output),
            "export-lake" => ExportLakeCommand.Run(new FileInfo(Value("--warehouse")!), new DirectoryInfo(Value("--out")!), output, output),
            _ => parse.Invoke(),
        };
        return (status, output.ToString());
    }

    private string[] Completion(params string[] more) =>
        ["completion", "--warehouse", _schools.Warehouse, "--semester", "111-2", "--as-of", "112.05.20", .. more];

    [Fact]
    public void The_demo_loads_each_school_with_its_own_file_as_stored()
    {
        _schools.Output.Should().Contain("已載入 3 所學校、300 名學生");
        Directory.Exists(Path.Combine(_schools.Dir, "exports", "900001")).Should().BeFalse("each export is released after its load");
        using var db = WarehouseDb.Open(_schools.Warehouse);
        var directory = new WarehouseSchools(db);
        directory.Schools().Should().Equal(
            new SchoolEntry("900001", "示範市立第1高級中學", "中正區"),
            new SchoolEntry("900002", "示範市立第2高級中學", "大同區"),
            new SchoolEntry("900003", "示範市立第3高級中學", "中山區"));
        foreach (var school in directory.Schools())
            directory.Config(school.Code).SourceText.Should().Be(File.ReadAllText(Path.Combine(_schools.Dir, "schools", school.Code + ".yaml")));
    }

    [Fact]
    public void One_schools_command_reads_only_that_schools_file()
    {
        var copy = Path.Combine(_schools.Dir, "one-file.duckdb");
        File.Copy(_schools.Warehouse, copy);
        try
        {
            using (var db = WarehouseDb.Open(copy))
            using (var c = db.Connect())
            using (var cmd = c.CreateCommand())
            {
                // Another school's stored file no longer reads: asking the first school must not read it.
                cmd.CommandText = "UPDATE school_config SET yaml = 'schedule: [unclosed', sha256 = 'one-file-test' WHERE school_code = '900003'";
                cmd.ExecuteNonQuery().Should().BeGreaterThan(0);
            }
            var original = Run(Completion("--school", "900001", "--by", "class", "--format", "json"));
            var (status, output) = Run(["completion", "--warehouse", copy, "--semester", "111-2", "--as-of", "112.05.20",
                "--school", "900001", "--by", "class", "--format", "json"]);
            status.Should().Be(0, output);
            output.Should().Be(original.Output);
        }
        finally
        {
            foreach (var f in new[] { copy, copy + ".wal" }) File.Delete(f);
        }
    }

    [Fact]
    public void Without_school_every_command_lists_the_schools_and_stops()
    {
        string[][] commands =
        [
            Completion(),
            ["findings", "--warehouse", _schools.Warehouse, "--semester", "111-2", "--as-of", "112.05.20"],
            ["schedule", "--warehouse", _schools.Warehouse, "--semester", "111-2"],
            ["report", "follow-up", "--warehouse", _schools.Warehouse, "--semester", "111-2", "--format", "json"],
        ];
        foreach (var args in commands)
        {
            var (status, output) = Run(args);
            status.Should().Be(2, string.Join(' ', args));
            if (args[0] is "completion" or "findings")
                output.Should().Contain("倉儲中有 3 所學校，請以 --school 指定其一").And.Contain("900002  示範市立第2高級中學");
        }
    }

    [Fact]
    public void School_picks_one_by_code_or_name()
    {
        var (status, output) = Run(Completion("--school", "900002"));
        status.Should().Be(0, output);
        output.Should().StartWith("示範市立第2高級中學");
        var byName = Run(Completion("--school", "示範市立第2高級中學"));
        byName.Output.Should().Be(output);
        Run("schedule", "--warehouse", _schools.Warehouse, "--school", "900003", "--semester", "111-2").Status.Should().Be(0);
    }

    [Fact]
    public void Roll_ups_sum_each_schools_own_numbers_on_the_warehouse_and_on_its_lake()
    {
        var own = new Dictionary<string, (long Population, long Complete, long Late)>();
        foreach (var code in new[] { "900001", "900002", "900003" })
        {
            using var doc = JsonDocument.Parse(Run(Completion("--school", code, "--format", "json")).Output);
            var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
            own[code] = (rows.Sum(r => r.GetProperty("population").GetInt64()), rows.Sum(r => r.GetProperty("complete").GetInt64()),
                rows.Sum(r => r.GetProperty("late").GetInt64()));
        }

        var bySchool = Run(Completion("--by", "school", "--format", "json"));
        bySchool.Status.Should().Be(0, bySchool.Output);
        using (var doc = JsonDocument.Parse(bySchool.Output))
        {
            foreach (var row in doc.RootElement.GetProperty("rows").EnumerateArray())
                (row.GetProperty("population").GetInt64(), row.GetProperty("complete").GetInt64(), row.GetProperty("late").GetInt64())
                    .Should().Be(own[row.GetProperty("school_code").GetString()!]);
        }
        var total = own.Values.Sum(o => o.Population);

        var table = Run(Completion("--by", "district"));
        table.Output.Should().Contain("中正區").And.Contain(CompletionCountsText(own.Values.Sum(o => o.Complete), total));
        Run(Completion("--all-schools", "--by", "phase", "--format", "csv")).Output.Split('\n')[0].Trim()
            .Should().Be("phase_kind,phase_kind_name,schools,population,complete,late,missing,exempt");

        var export = Run("export-lake", "--warehouse", _schools.Warehouse, "--out", _schools.Lake);
        export.Status.Should().Be(0, export.Output);
        export.Output.Should().Contain("course_artifact：").And.Contain("完成：");
        var lake = Run("completion", "--lake", _schools.Lake, "--semester", "111-2", "--as-of", "112.05.20", "--by", "school", "--format", "json");
        lake.Status.Should().Be(0, lake.Output);
        Rows(lake.Output).Should().Be(Rows(bySchool.Output));
    }

    [Fact]
    public void A_roll_up_refuses_a_school_filter_and_a_lake_that_is_not_one()
    {
        Run(Completion("--by", "school", "--school", "900001")).Status.Should().Be(2);
        var (status, output) = Run("completion", "--lake", _schools.Dir, "--semester", "111-2", "--by", "school");
        status.Should().Be(2);
        output.Should().Contain("portfolio export-lake");
    }

    private static string Rows(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("rows").GetRawText();
    }

    private static string CompletionCountsText(long done, long population) =>
        PortfolioAnalytics.Warehouse.Metrics.CompletionCounts.Ratio(done, population);
}

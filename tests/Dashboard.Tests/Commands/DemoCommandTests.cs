using System.Globalization;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

[Trait("Speed", "Slow")]
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "demo-cmd-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Defaults_need_no_arguments()
    {
        var parse = DemoCommand.Create().Parse([]);
        parse.Errors.Should().BeEmpty();
        parse.GetValue<int>("--students").Should().Be(1200);
        parse.GetValue<int>("--seed").Should().Be(111);
        parse.GetValue<string>("--data").Should().Be("./demo-data");
        parse.GetValue<string>("--school").Should().Be("jingxin");
        parse.GetValue<bool>("--no-serve").Should().BeFalse();
    }

    /// <summary>The generate and load steps of <c>portfolio demo</c> (the reports and the dashboard have tests of their own).</summary>
    private static string GenerateAndLoad(DemoRequest request)
    {
        var output = new StringWriter();
        var school = SchoolCatalog.Load(request.School);
        var summary = DemoCommand.Generate(request, output);
        DemoCommand.Load(request, school, summary, output).Status.Should().Be("rejected-rows");
        return output.ToString();
    }

    [Fact]
    public void It_generates_loads_and_reports_in_chinese_and_a_rerun_replaces_the_demo()
    {
        var request = new DemoRequest(Students: 300, Seed: 5, DataDir: _dir, NoServe: true);
        var text = GenerateAndLoad(request);
        text.Should().Contain("300 名學生").And.Contain("載入編號 1").And.Contain("成功（部分資料被拒）");
        text.Should().Contain("幹部經歷.csv").And.Contain("Big5 編碼").And.Contain("身分證號").And.Contain("班級");
        File.Exists(request.WarehousePath).Should().BeTrue();
        Directory.GetDirectories(Path.Combine(_dir, "exports")).Should().ContainSingle().Which.Should().EndWith("2023-05-20");

        GenerateAndLoad(request).Should().Contain("載入編號 1", "the warehouse is replaced, not loaded again");
        using var db = WarehouseDb.Open(request.WarehousePath);
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM etl_load";
        Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).Should().Be(1);
    }

    [Fact]
    public void Findings_on_the_demo_list_the_students_it_puts_over_the_selection_caps()
    {
        // The roster puts max(2, students / 400) grade-12 students over both selection caps.
        var request = new DemoRequest(Students: 300, Seed: 5, DataDir: _dir, NoServe: true);
        GenerateAndLoad(request);
        var output = new StringWriter();
        FindingsCommand.Run(new FileInfo(request.WarehousePath), "111-2", "112.05.20 06:00", "json", null, null, output, TextWriter.Null)
            .Should().Be(0);
        using var doc = System.Text.Json.JsonDocument.Parse(output.ToString());
        var over = doc.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "selection-over-cap")
            .Select(r => (Student: r.GetProperty("student_no").GetString()!, Class: r.GetProperty("class_code").GetString()!,
                Rule: r.GetProperty("rule").GetString()!))
            .ToList();
        over.Select(o => o.Student).Distinct().Should().HaveCount(2);
        over.Should().OnlyContain(o => o.Class.StartsWith('3'));
        over.Select(o => o.Rule).Distinct().Should().BeEquivalentTo(["每學年勾選課程學習成果至多 6 件", "每學年勾選多元表現至多 10 件"]);
    }

    [Fact]
    public void The_planted_rejects_match_the_loaders_when_a_grade_12_student_carries_the_bad_id()
    {
        // 300 students have one recent 轉入 student, in grade 12 with this seed, whose receipts carry the bad ID too.
        var request = new DemoRequest(Students: 300, Seed: 111, DataDir: _dir, NoServe: true);
        var school = SchoolCatalog.Load("jingxin");
        var summary = DemoCommand.Generate(request, TextWriter.Null);
        var result = DemoCommand.Load(request, school, summary, TextWriter.Null);
        var expected = summary.Dirt.Where(d => d.RejectCode is not null).GroupBy(d => d.RejectCode!).ToDictionary(g => g.Key, g => g.Sum(d => d.Rows));
        result.RejectsByReason.Should().BeEquivalentTo(expected);
    }
}

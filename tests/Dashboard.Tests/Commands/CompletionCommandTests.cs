using System.Text.Json;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

/// <summary><c>portfolio completion</c>: stable JSON/CSV field names, counts with every rate, errors users can act on.</summary>
public sealed class CompletionCommandTests
{
    private static readonly CompletionReport ByClass = new("T01", "測試高中", new Semester(111, 1),
        new DateTime(2023, 2, 3, 23, 59, 0), Breakdown.Class,
        [
            new("111-1.upload", "學生上傳 111-1 課程學習成果", 10, "101", "T10", "王導師", null, null, null, null, 1331, 1302, 20, 9, 2),
            new("111-1.upload", "學生上傳 111-1 課程學習成果", 10, "102", null, null, null, null, null, null, 0, 0, 0, 0, 0),
        ]);

    [Fact]
    public void Json_rows_carry_the_grouped_keys_and_the_counts()
    {
        var text = new StringWriter();
        CompletionFormatter.WriteJson(text, ByClass);
        using var doc = JsonDocument.Parse(text.ToString());
        var root = doc.RootElement;
        root.GetProperty("semester").GetString().Should().Be("111-1");
        root.GetProperty("as_of").GetString().Should().Be("2023-02-03T23:59:00");
        root.GetProperty("by").GetString().Should().Be("class");
        var row = root.GetProperty("rows")[0];
        row.EnumerateObject().Select(p => p.Name).Should().Equal(
            "phase_id", "phase_title", "grade", "class_code", "tutor_staff_no", "tutor_name",
            "population", "complete", "late", "missing", "exempt", "on_time_rate", "with_late_rate");
        row.GetProperty("grade").GetInt32().Should().Be(10);
        row.GetProperty("tutor_name").GetString().Should().Be("王導師");
        row.GetProperty("population").GetInt64().Should().Be(1331);
        root.GetProperty("rows")[1].GetProperty("tutor_name").ValueKind.Should().Be(JsonValueKind.Null);
        text.ToString().Should().Contain("王導師");   // readable, not \u-escaped
    }

    [Fact]
    public void Csv_uses_the_same_field_names()
    {
        var text = new StringWriter();
        CompletionFormatter.WriteCsv(text, ByClass);
        var lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("phase_id,phase_title,grade,class_code,tutor_staff_no,tutor_name,population,complete,late,missing,exempt");
        lines[1].Should().Be("111-1.upload,學生上傳 111-1 課程學習成果,10,101,T10,王導師,1331,1302,20,9,2");
    }

    [Fact]
    public void The_table_shows_counts_with_every_rate()
    {
        var text = new StringWriter();
        CompletionFormatter.WriteTable(text, ByClass);
        var table = text.ToString();
        table.Should().Contain("測試高中 111學年度第1學期 完成情形（計算時點 112.02.03 23:59）");
        table.Should().Contain("1,302/1,331（97.8%）").And.Contain("1,322/1,331（99.3%）").And.Contain("0/0（—）");
        table.Should().Contain("王導師");
    }

    [Fact]
    public void A_missing_warehouse_or_a_bad_semester_or_moment_is_refused_with_a_reason()
    {
        var missing = new FileInfo(Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}.duckdb"));
        var err = new StringWriter();
        CompletionCommand.Run(missing, "111-1", null, null, "phase", "table", "jingxin", TextWriter.Null, err).Should().Be(2);
        err.ToString().Should().Contain("找不到倉儲檔案");

        err = new StringWriter();
        CompletionCommand.Run(missing, "111-3", null, null, "phase", "table", null, TextWriter.Null, err).Should().Be(2);
        err.ToString().Should().Contain("學期格式");

        err = new StringWriter();
        CompletionCommand.Run(missing, "111-1", null, "112.02.31", "phase", "table", null, TextWriter.Null, err).Should().Be(2);
        err.ToString().Should().Contain("--as-of").And.Contain("2 月");
    }

    [Fact]
    public void A_bare_date_as_of_means_the_end_of_that_day()
    {
        CompletionCommand.TryParseAsOf("112.02.03", out var asOf, out _).Should().BeTrue();
        asOf.Should().Be(new DateTime(2023, 2, 3, 23, 59, 59));
        CompletionCommand.TryParseAsOf("2023-02-03T23:59", out asOf, out _).Should().BeTrue();
        asOf.Should().Be(new DateTime(2023, 2, 3, 23, 59, 0));
    }

    [Fact]
    public void The_command_runs_on_a_warehouse_file()
    {
        var dir = Directory.CreateTempSubdirectory("pa-cli-");
        var file = new FileInfo(Path.Combine(dir.FullName, "w.duckdb"));
        using (PortfolioAnalytics.Warehouse.Storage.WarehouseDb.Open(file.FullName)) { }
        var output = new StringWriter();
        CompletionCommand.Run(file, "111-1", null, "2023-02-03T23:59", "phase", "json", "jingxin", output, TextWriter.Null)
            .Should().Be(0);
        using var doc = JsonDocument.Parse(output.ToString());
        doc.RootElement.GetProperty("rows").ValueKind.Should().Be(JsonValueKind.Array);
        dir.Delete(true);
    }
}

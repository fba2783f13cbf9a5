using System.Text.Json;
using ClosedXML.Excel;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

/// <summary><c>portfolio findings</c> over the small school, with a student over the selection cap planted.</summary>
public sealed class FindingsCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pa-findings-");
    private readonly FileInfo _warehouse;

    public FindingsCommandTests()
    {
        _warehouse = new FileInfo(TestWarehouse.Create(_dir.FullName));
        using var db = WarehouseDb.Open(_warehouse.FullName);
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO selection (school_code, student_no, academic_year, item_kind, item_id, selected_at) " +
            "SELECT '413301', 'S002', 111, 'artifact', 'X' || i, TIMESTAMP '2022-12-10 10:00:00' + i * INTERVAL 1 MINUTE FROM range(7) t(i)";
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try { _dir.Delete(true); } catch (IOException) { }
    }

    private (int Code, string Out, string Err) Run(string format, string? asOf = "111.12.15", FileInfo? outFile = null, string? school = "jingxin")
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = FindingsCommand.Run(_warehouse, "111-1", asOf, format, outFile, school, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_has_exactly_the_documented_fields_and_lists_the_student_over_the_selection_cap()
    {
        var (code, text, _) = Run("json");
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("semester", "as_of", "rows");
        root.GetProperty("semester").GetString().Should().Be("111-1");
        root.GetProperty("as_of").GetString().Should().Be("2022-12-15T23:59:59");
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().OnlyContain(r => r.EnumerateObject().Select(p => p.Name)
            .SequenceEqual(new[] { "kind", "rule", "message", "student_no", "class_code", "staff_no", "phase_id" }));
        rows.Select(r => r.GetProperty("kind").GetString()).Should().OnlyContain(k => FindingKinds.All.Contains(k!));
        var over = rows.Should().ContainSingle(r => r.GetProperty("kind").GetString() == FindingKinds.SelectionOverCap).Subject;
        over.GetProperty("student_no").GetString().Should().Be("S002");
        over.GetProperty("class_code").GetString().Should().Be("101");
        over.GetProperty("rule").GetString().Should().Be("每學年勾選課程學習成果至多 6 件");
        over.GetProperty("message").GetString().Should().Be("S002 乙生（101）：111 學年度 勾選課程學習成果 7 件，超過上限 6 件；請導師提醒學生取消多勾選的 1 件");
        over.GetProperty("staff_no").ValueKind.Should().Be(JsonValueKind.Null);
        text.Should().Contain("乙生", "readable, not \\u-escaped");
    }

    [Fact]
    public void Csv_table_and_xlsx_carry_the_same_rows()
    {
        var json = JsonDocument.Parse(Run("json").Out).RootElement.GetProperty("rows").GetArrayLength();
        json.Should().BeGreaterThan(1);

        var csv = Run("csv").Out.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        csv[0].Should().Be("kind,rule,message,student_no,class_code,staff_no,phase_id");
        csv.Should().HaveCount(json + 1);

        var table = Run("table").Out;
        table.Should().Contain("靜心高級中學 111學年度第1學期 稽核發現（計算時點 111.12.15 23:59）").And.Contain($"共 {json} 筆").And.Contain("【勾選超過上限】1 筆（selection-over-cap）")
            .And.Contain("  規定：每學年勾選課程學習成果至多 6 件");

        var file = new FileInfo(Path.Combine(_dir.FullName, "稽核發現.xlsx"));
        var (code, _, err) = Run("xlsx", outFile: file);
        code.Should().Be(0);
        err.Should().Contain("已寫入").And.Contain($"（{json} 筆）");
        using var book = new XLWorkbook(file.FullName);
        book.Worksheet(1).RowsUsed().SkipWhile(r => r.Cell(1).GetString() != "種類").Skip(1).Should().HaveCount(json);
    }

    [Fact]
    public void A_school_file_with_a_cap_on_uploads_per_semester_makes_its_findings()
    {
        // The shipped file with its two fixed caps replaced by a list: at most 0 course-artifact uploads per semester
        // (the small school's S001, S002 and S003 uploaded one each).
        var text = SchoolCatalog.Load("jingxin").SourceText!;
        var start = text.IndexOf("\ncaps:", StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start + 1, StringComparison.Ordinal);
        var yaml = Path.Combine(_dir.FullName, "school.yaml");
        File.WriteAllText(yaml, text[..start] + "\ncaps:\n  - item: artifact_uploads\n    per: semester\n    max: 0" + text[end..]);

        var (code, output, err) = Run("csv", school: yaml);
        code.Should().Be(0, err);
        output.Split(Environment.NewLine).Where(l => l.StartsWith(FindingKinds.UploadOverCap + ",", StringComparison.Ordinal))
            .Select(l => l.Split(',')[3]).Should().Equal("S001", "S002", "S003");
        output.Should().Contain("每學期上傳課程學習成果至多 0 件");
    }

    [Fact]
    public void Xlsx_needs_an_output_file_and_bad_input_is_refused_with_a_reason()
    {
        var (code, _, err) = Run("xlsx");
        code.Should().Be(2);
        err.Should().Contain("--out");

        (code, _, err) = Run("json", asOf: "112.02.31");
        code.Should().Be(2);
        err.Should().Contain("--as-of");

        var error = new StringWriter();
        FindingsCommand.Run(new FileInfo(Path.Combine(_dir.FullName, "none.duckdb")), "111-1", null, "json", null, null, TextWriter.Null, error)
            .Should().Be(2);
        error.ToString().Should().Contain("找不到倉儲檔案");
    }

    [Fact]
    public void The_command_line_accepts_the_documented_options()
    {
        var parse = FindingsCommand.Create().Parse(["--warehouse", "w.duckdb", "--semester", "111-1", "--as-of", "112.05.20", "--format", "xlsx", "--out", "f.xlsx"]);
        parse.Errors.Should().BeEmpty();
        FindingsCommand.Create().Parse(["--warehouse", "w.duckdb", "--semester", "111-1", "--format", "pdf"]).Errors.Should().NotBeEmpty();
    }
}

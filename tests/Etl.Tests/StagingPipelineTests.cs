using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>
/// Files of many batches (rows are parsed on a worker thread while earlier ones are appended): every row keeps its
/// line, rejects name the lines they are on, and a file cut short deep inside still stops alone with nothing staged.
/// </summary>
public class StagingPipelineTests
{
    private const int Rows = 20_000;

    private static LoadResult Load(TestWarehouse w, ExportBuilder export) =>
        ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: new DateTime(2023, 2, 21));

    private static IEnumerable<string> Assignments(Func<int, string?>? bad = null) =>
        Enumerable.Range(0, Rows).Select(i => bad?.Invoke(i) ?? $"111,1,{110001 + i % 4},{(i % 2 == 0 ? "101" : "105")},{i % 50 + 1}");

    [Fact]
    public void Rejects_deep_in_a_large_file_name_their_own_lines_and_the_rest_loads()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("class_assignments", "學年度,學期,學號,班級代碼,座號", Assignments(i => i switch
        {
            4_095 => "111,3,110001,101,1",
            9_000 => "111,1,110002,101,x",
            19_998 => "111,1,,101,2",
            _ => null,
        }));
        var result = Load(w, export);

        result.Kinds.Single(k => k.Kind == "class_assignments").Read.Should().Be(Rows);
        w.Rows("SELECT line, column_name, reason_code FROM etl_reject WHERE kind = 'class_assignments' AND reason_code IN ('bad_value', 'missing_value') ORDER BY line")
            .Should().Equal("4097|學期|bad_value", "9002|座號|bad_value", "20000|學號|missing_value");
        w.Rows("SELECT raw FROM etl_reject WHERE kind = 'class_assignments' AND line = 9002").Should().Equal("111,1,110002,101,x");
    }

    [Fact]
    public void A_large_file_cut_short_stops_alone_and_stages_nothing()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        var lines = Assignments().ToList();
        export.Csv("class_assignments", "學年度,學期,學號,班級代碼,座號", lines);
        var path = Path.Combine(export.Dir, "編班.csv");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..^8], new System.Text.UTF8Encoding(false));
        var result = Load(w, export);

        var kind = result.Kinds.Single(k => k.Kind == "class_assignments");
        kind.Status.Should().Be("stopped");
        kind.Message.Should().Contain($"第 {Rows + 1:N0} 行").And.Contain("檔案在此中斷");
        w.Count("SELECT count(*) FROM class_assignment").Should().Be(0);
        w.Count("SELECT count(*) FROM student").Should().Be(4);
    }
}

using System.Text;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Tests.Demo;

[Collection(DemoSchoolCollection.Name)]
public sealed class DemoDirtTests(DemoSchoolFixture demo)
{
    private DemoExport Export => demo.Export;

    [Fact]
    public void A_student_appears_twice_with_different_values()
    {
        var twice = Export.Rows("學生基本資料.csv").GroupBy(r => r["學號"]).Where(g => g.Count() > 1).ToList();
        twice.Should().ContainSingle();
        twice[0].Select(r => r["家長電話"]).Distinct().Should().HaveCount(2);
        demo.Summary.Dirt.Should().Contain(d => d.Kind == "students" && d.Line > 1 && d.RejectCode == "duplicate_conflict" && d.Rows == 2);
    }

    [Fact]
    public void A_placement_names_a_class_that_does_not_exist()
    {
        var classes = Export.Rows("班級.csv").Select(r => (r["學年度"], r["學期"], r["班級代碼"])).ToHashSet();
        Export.Rows("編班.csv").Where(r => !classes.Contains((r["學年度"], r["學期"], r["班級代碼"]))).Should().ContainSingle();
    }

    [Fact]
    public void A_certification_time_has_a_doubled_separator_that_is_not_guessed()
    {
        var bad = Export.Rows("成果認證.csv").Where(r => !RocDate.TryParseDateTime(r["認證時間"], out _, out _)).ToList();
        bad.Should().ContainSingle().Which["認證時間"].Should().Contain("..");
    }

    [Fact]
    public void The_cadre_file_is_really_Big5_and_the_others_UTF8()
    {
        var big5 = File.ReadAllBytes(Path.Combine(Export.Dir, DemoExportFiles.Big5File));
        var utf8 = () => DemoExport.StrictUtf8.GetString(big5);
        utf8.Should().Throw<DecoderFallbackException>();
        DemoExport.StrictBig5.GetString(big5).Should().StartWith("紀錄編號,學號,學年度,學期,幹部名稱");
        foreach (var file in Directory.GetFiles(Export.Dir, "*.csv").Where(f => !f.EndsWith(DemoExportFiles.Big5File, StringComparison.Ordinal)))
            DemoExport.StrictUtf8.GetString(File.ReadAllBytes(file)).Should().NotBeEmpty();
    }

    [Fact]
    public void The_summary_lists_each_kind_of_dirt_with_the_reject_staff_should_see()
    {
        demo.Summary.Dirt.Select(d => d.RejectCode).Should().Contain(["bad_national_id", "duplicate_conflict", "unknown_class", "bad_date", "unknown_student"]);
        demo.Summary.Dirt.Should().Contain(d => d.Kind == "cadre_roles" && d.Description.Contains("Big5"));
        foreach (var d in demo.Summary.Dirt.Where(d => d.Line > 0))
            File.ReadAllLines(Path.Combine(Export.Dir, d.File)).Length.Should().BeGreaterThanOrEqualTo(d.Line);
    }

    [Fact]
    public void Without_dirt_everything_is_clean()
    {
        var dir = Path.Combine(demo.Root, "clean");
        var summary = DemoSchool.Write(new DemoOptions(Students: 300, Dirt: false), dir);
        summary.Dirt.Should().BeEmpty();
        var export = new DemoExport(dir);
        export.Rows("學生基本資料.csv").Select(r => r["學號"]).Should().OnlyHaveUniqueItems();
        var utf8 = () => DemoExport.StrictUtf8.GetString(File.ReadAllBytes(Path.Combine(dir, DemoExportFiles.Big5File)));
        utf8.Should().NotThrow();
    }
}

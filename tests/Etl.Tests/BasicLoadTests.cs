using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

public class BasicLoadTests
{
    [Fact]
    public void A_clean_export_loads_every_kind()
    {
        using var w = new TestWarehouse();
        var dir = w.NewExport().Basic().Write();
        var result = ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: new DateTime(2023, 2, 21));

        result.Status.Should().Be(LoadResult.Succeeded, result.Message + string.Join("; ", result.Kinds.Select(k => k.Message)));
        result.RejectsByReason.Should().BeEmpty();
        w.Count("SELECT count(*) FROM student WHERE school_code = '413301'").Should().Be(4);
        w.Count("SELECT count(*) FROM course_artifact").Should().Be(3);
        w.Count("SELECT count(*) FROM certification").Should().Be(2);
        w.Rows("SELECT uploaded_at FROM course_artifact WHERE artifact_id = 'A002'").Should().Equal("2023-01-16 08:00");
        w.Count("SELECT file_size_bytes FROM course_artifact WHERE artifact_id = 'A001'").Should().Be(812 * 1024);
        w.Rows("SELECT status FROM etl_load").Should().Equal("succeeded");
        w.Count("SELECT count(*) FROM etl_load_file WHERE status = 'loaded'").Should().Be(8);
        w.Count("SELECT count(*) FROM etl_check").Should().BeGreaterThan(20);
        result.Kinds.Single(k => k.Kind == "students").Should().Match<KindResult>(k => k.Read == 4 && k.Loaded == 4 && k.Inserted == 4);
    }
}

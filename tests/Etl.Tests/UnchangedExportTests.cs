using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

public class UnchangedExportTests
{
    private static readonly DateTime Clock = new(2023, 2, 21);

    [Fact]
    public void An_export_whose_files_all_match_the_last_load_is_skipped_with_a_reason_and_changes_nothing()
    {
        using var w = new TestWarehouse();
        var dir = w.NewExport().Basic().Write();
        ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: Clock);
        var before = HistoryTests.Fingerprint(w);

        var again = ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: Clock);

        HistoryTests.Fingerprint(w).Should().Equal(before);
        again.Status.Should().Be(LoadResult.Succeeded);
        again.Message.Should().Contain("未重新讀取");
        again.Kinds.Should().OnlyContain(k => k.Status == "skipped" && k.Message!.Contains("第 1 次載入") && k.Read == 0);
        w.Rows("SELECT DISTINCT status FROM etl_load_file WHERE load_id = 2").Should().Equal("skipped");
        w.Count("SELECT count(*) FROM etl_reject WHERE load_id = 2").Should().Be(0);

        // Compared with the last load that read the file, so a third identical export still names load 1.
        var third = ExportLoader.Load(w.Db, TestSchool.Config, w.NewExport().Basic().Write(), clock: Clock);
        third.Kinds.Should().OnlyContain(k => k.Status == "skipped" && k.Message!.Contains("第 1 次載入"));
    }

    [Fact]
    public void One_changed_file_makes_every_file_be_read_and_checked_again()
    {
        using var w = new TestWarehouse();
        ExportLoader.Load(w.Db, TestSchool.Config, w.NewExport().Basic().Write(), clock: Clock);
        var next = w.NewExport().Basic();
        next.Csv("artifacts", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB",
            ["A004,110001,111,1,111-1-0001,112/01/30 21:40,pdf,10"], full: false);

        var result = ExportLoader.Load(w.Db, TestSchool.Config, next.Write(), clock: Clock);

        result.Kinds.Should().OnlyContain(k => k.Status == "loaded");
        result.Kinds.Single(k => k.Kind == "students").Unchanged.Should().Be(4);
        result.Kinds.Single(k => k.Kind == "artifacts").Inserted.Should().Be(1);
    }

    [Fact]
    public void Options_beyond_the_defaults_read_an_unchanged_export_again()
    {
        using var w = new TestWarehouse();
        var dir = w.NewExport().Basic().Write();
        ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: Clock);

        var strict = ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: Clock, options: new LoadOptions { RejectFutureDates = true });

        strict.Kinds.Should().OnlyContain(k => k.Status == "loaded");
    }
}

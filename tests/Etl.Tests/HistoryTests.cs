using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

public class HistoryTests
{
    private static readonly DateTime Clock = new(2023, 2, 21);

    private static LoadResult Load(TestWarehouse w, ExportBuilder export) =>
        ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: Clock);

    /// <summary>Every core table's rows, hashed: equal fingerprints = nothing changed.</summary>
    internal static List<string> Fingerprint(TestWarehouse w) =>
        new[] { "student", "staff", "school_class", "class_assignment", "enrolment_change", "student_enrolment", "course",
         "course_artifact", "certification", "deputy", "school" }
            .Select(t => t + ":" + string.Join(",", w.Rows($"SELECT count(*), coalesce(sum(hash(t)), 0) FROM {t} t"))).ToList();

    [Fact]
    public void Loading_the_same_export_twice_changes_nothing()
    {
        using var w = new TestWarehouse();
        var dir = w.NewExport().Basic().Write();
        ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: Clock);
        var before = Fingerprint(w);
        // Non-default options make the loader read the unchanged files again (an all-unchanged export is otherwise
        // skipped: UnchangedExportTests), so this still proves that re-reading identical rows changes nothing.
        var again = ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: Clock, options: new LoadOptions { MassDeleteFloor = 11 });

        Fingerprint(w).Should().Equal(before);
        again.Kinds.Should().OnlyContain(k => k.Inserted == 0 && k.Updated == 0 && k.Deleted == 0);
        again.Kinds.Single(k => k.Kind == "students").Unchanged.Should().Be(4);
        w.Count("SELECT count(*) FROM etl_load").Should().Be(2);
        w.Rows("SELECT DISTINCT a.sha256 = b.sha256 FROM etl_load_file a JOIN etl_load_file b USING (kind) WHERE a.load_id = 1 AND b.load_id = 2")
            .Should().Equal("True");
    }

    [Fact]
    public void A_newer_export_updates_changed_rows_and_a_full_export_marks_missing_rows_deleted()
    {
        using var w = new TestWarehouse();
        Load(w, w.NewExport().Basic());
        var next = w.NewExport().Basic();
        next.ExportedAt = "112.03.01 06:00";
        next.Csv("students", "學號,身分證號,姓名,部別,性別,入學年度,學籍狀態",
        [
            $"110001,{ExportBuilder.Id(1)},王小明,日間部,男,111,休學",
            $"110002,{ExportBuilder.Id(2)},李小華,日間部,女,111,在學",
            $"110004,{ExportBuilder.Id(4)},劉小強,日間部,男,111,在學",
        ]);
        next.Csv("artifacts", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB",
            ["A004,110001,111,1,111-1-0001,112/01/30 21:40,pdf,10"], full: false);
        var result = Load(w, next);

        result.Kinds.Single(k => k.Kind == "students").Should().Match<KindResult>(k => k.Updated == 1 && k.Deleted == 1 && k.Unchanged == 2);
        w.Rows("SELECT student_no, status, load_id, deleted_at FROM student ORDER BY 1").Should().Equal(
            "110001|休學|2|", "110002|在學|1|", "110003|轉出|2|2023-03-01 06:00", "110004|在學|1|");
        // a delta file adds and never deletes
        w.Rows("SELECT artifact_id, deleted_at FROM course_artifact ORDER BY 1").Should().Equal("A001|", "A002|", "A003|", "A004|");

        // the student comes back in a later full export
        var third = w.NewExport().Basic();
        third.ExportedAt = "112.03.02 06:00";
        Load(w, third).Kinds.Single(k => k.Kind == "students").Updated.Should().Be(2);
        w.Rows("SELECT student_no, status, deleted_at FROM student WHERE student_no IN ('110001', '110003') ORDER BY 1")
            .Should().Equal("110001|在學|", "110003|轉出|");
    }

    [Fact]
    public void An_export_older_than_the_last_loaded_one_is_refused()
    {
        using var w = new TestWarehouse();
        var newer = w.NewExport().Basic();
        newer.ExportedAt = "112.03.01 06:00";
        Load(w, newer);
        var before = Fingerprint(w);
        var older = w.NewExport().Basic();
        older.ExportedAt = "112.02.20 06:00";
        var result = Load(w, older);

        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().Be("此匯出檔的匯出時間 112.02.20 06:00 早於已載入的 112.03.01 06:00，為避免舊資料覆蓋新資料，已拒絕載入");
        Fingerprint(w).Should().Equal(before);
        w.Rows("SELECT status FROM etl_load ORDER BY load_id").Should().Equal("succeeded", "failed");
    }

    [Fact]
    public void An_export_of_another_school_or_without_manifest_fails_cleanly()
    {
        using var w = new TestWarehouse();
        var other = w.NewExport().Basic();
        other.SchoolCode = "533401";
        ExportLoader.Load(w.Db, TestSchool.Config, other.Write()).Message.Should()
            .Be("匯出檔的學校代碼 533401 與學校設定「臺北市私立靜心高級中學」的代碼 413301 不符");
        var empty = w.Root.CreateSubdirectory("empty").FullName;
        ExportLoader.Load(w.Db, TestSchool.Config, empty).Message.Should().StartWith("匯出資料夾中沒有 manifest.json");
    }

    [Fact]
    public void Transfers_in_and_out_give_the_class_history_with_validity_dates()
    {
        using var w = new TestWarehouse();
        Load(w, w.NewExport().Basic());
        w.Rows("SELECT student_no, class_code, grade, status, valid_from, valid_to FROM student_enrolment ORDER BY student_no, valid_from")
            .Should().Equal(
                "110001|101|10|在學|2022-08-01|",
                "110002|101|10|在學|2022-08-01|",
                "110003|101|10|在學|2022-08-01|2022-11-30",
                "110003|101|10|轉出|2022-12-01|",
                "110004|105|10|在學|2022-11-02|");
    }

    [Fact]
    public void Suspension_and_return_split_the_span()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級",
            ["110004,111.11.02,轉入,,105", "110002,111.10.01,休學,101,", "110002,112.01.03,復學,,105"]);
        Load(w, export);
        w.Rows("SELECT class_code, status, valid_from, valid_to FROM student_enrolment WHERE student_no = '110002' ORDER BY valid_from")
            .Should().Equal("101|在學|2022-08-01|2022-09-30", "101|休學|2022-10-01|2023-01-02", "105|在學|2023-01-03|");
    }

    [Theory]
    [InlineData("2023-02-21 05:00", "info")]
    [InlineData("2023-02-23 07:00", "warn")]
    [InlineData("2023-03-01 07:00", "error")]
    public void A_source_past_its_freshness_window_is_flagged_without_failing_the_load(string clock, string severity)
    {
        using var w = new TestWarehouse();
        var result = ExportLoader.Load(w.Db, TestSchool.Config, w.NewExport().Basic().Write(), clock: DateTime.Parse(clock, System.Globalization.CultureInfo.InvariantCulture));
        result.Status.Should().Be(LoadResult.Succeeded);
        w.Rows("SELECT severity FROM etl_check WHERE check_name = 'source.freshness'").Should().Equal(severity);
        SourceFreshness.Judge(w.Db, TestSchool.Config, DateTime.Parse(clock, System.Globalization.CultureInfo.InvariantCulture)).Severity.Should().Be(severity);
    }
}

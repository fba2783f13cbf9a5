using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>What a small delta load runs: nothing for kinds it brought no rows of, spans only where they changed.</summary>
public sealed class IncrementalLoadTests
{
    private static LoadResult Load(TestWarehouse w, ExportBuilder export, List<string>? statements = null)
    {
        SqlText.Observer = statements is null ? null : statements.Add;
        try
        {
            return ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: DateTime.Parse(export.ExportedAt, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            SqlText.Observer = null;
        }
    }

    private static ExportBuilder OneStudentChanged(TestWarehouse w, string exportedAt, string status = "休學") =>
        new ExportBuilder(w.NewExport().Dir) { ExportedAt = exportedAt }
            .Csv("students", "學號,身分證號,姓名,部別,性別,入學年度,學籍狀態", [$"110001,{ExportBuilder.Id(1)},王小明,日間部,男,111,{status}"], full: false);

    [Fact]
    public void Delta_kinds_with_no_rows_run_no_statements_and_are_recorded_as_before()
    {
        using var w = new TestWarehouse();
        Load(w, w.NewExport().Basic());

        var alone = new List<string>();
        Load(w, OneStudentChanged(w, "2023-02-21 06:00"), alone).Status.Should().Be(LoadResult.Succeeded);

        var withEmpty = OneStudentChanged(w, "2023-02-22 06:00", "轉出");
        var others = KindCatalog.All.Where(k => k.Kind != "students").ToList();
        foreach (var kind in others)
            withEmpty.Csv(kind.Kind, string.Join(",", kind.Columns.Select(c => c.Header)), [], full: false);
        var statements = new List<string>();
        var result = Load(w, withEmpty, statements);

        result.Status.Should().Be(LoadResult.Succeeded);
        statements.Where(s => !alone.Contains(s)).Should().BeEmpty("a delta file with no rows adds no statement");
        alone.Where(s => !statements.Contains(s)).Should().BeEmpty();
        statements.Should().HaveCount(alone.Count);
        result.Kinds.Where(k => k.Kind != "students").Should().OnlyContain(k => k.Status == "loaded" && k.Read == 0 && k.Inserted == 0);
        var load = w.Count("SELECT max(load_id) FROM etl_load");
        w.Count($"SELECT count(*) FROM etl_load_file WHERE load_id = {load}").Should().Be(KindCatalog.All.Count);
        foreach (var kind in others)
            w.Rows($"SELECT rows_checked, rows_failing FROM etl_check WHERE load_id = {load} AND check_name IN ('{kind.Kind}.key_unique', '{kind.Kind}.duplicate_conflict')")
                .Should().Equal("0|0", "0|0");
        w.Count("SELECT count(*) FROM student WHERE status = '轉出'").Should().Be(2);
    }

    [Fact]
    public void A_delta_that_changes_no_placement_leaves_the_spans_alone_and_one_that_does_rebuilds_them_as_a_full_rebuild_would()
    {
        using var w = new TestWarehouse();
        Load(w, w.NewExport().Basic());
        var spans = w.Rows(SpansQuery);

        var unchanged = new List<string>();
        Load(w, OneStudentChanged(w, "2023-02-21 06:00"), unchanged);
        unchanged.Where(s => s.Contains("student_enrolment", StringComparison.Ordinal)).Should().BeEmpty();
        w.Rows(SpansQuery).Should().Equal(spans);

        var moved = new ExportBuilder(w.NewExport().Dir) { ExportedAt = "2023-02-22 06:00" }
            .Csv("class_assignments", "學年度,學期,學號,班級代碼,座號", ["111,1,110002,105,31"], full: false)
            .Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級,說明", ["110001,112.01.05,休學,101,,"], full: false);
        var statements = new List<string>();
        Load(w, moved, statements).Status.Should().Be(LoadResult.Succeeded);

        statements.Should().Contain(s => s.Contains("DELETE FROM student_enrolment", StringComparison.Ordinal) && s.Contains("span_student", StringComparison.Ordinal));
        var narrowed = w.Rows(SpansQuery);
        narrowed.Should().NotEqual(spans);
        narrowed.Should().Equal(FullRebuild(w));
        w.Rows("SELECT class_code, status, valid_from, valid_to FROM student_enrolment WHERE student_no = '110002'").Should().Equal("105|在學|2022-08-01|");
    }

    private const string SpansQuery = """
        SELECT concat(school_code, '|', student_no, '|', semester, '|', class_code, '|', grade, '|', seat_no, '|', status, '|', valid_from, '|', valid_to) AS r
        FROM student_enrolment ORDER BY r
        """;

    /// <summary>The spans enrolment_spans.sql gives for the whole school, computed in a transaction that is rolled back.</summary>
    private static List<string> FullRebuild(TestWarehouse w)
    {
        using var c = w.Db.Connect();
        using var tx = c.BeginTransaction();
        SqlText.Execute(c, $"CREATE TEMP TABLE load_ctx AS SELECT '{TestSchool.Code}' AS school_code");
        SqlText.Execute(c, SqlText.Load("Loading/Sql/enrolment_spans.sql", new Dictionary<string, string> { ["only"] = "" }));
        var rows = SqlText.Rows(c, SpansQuery, r => r.GetString(0));
        tx.Rollback();
        return rows;
    }
}

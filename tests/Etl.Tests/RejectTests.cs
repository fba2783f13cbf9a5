using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Tests;

public class RejectTests
{
    private static LoadResult Load(TestWarehouse w, ExportBuilder export, SchoolConfig? school = null) =>
        ExportLoader.Load(w.Db, school ?? TestSchool.Config, export.Write(), clock: new DateTime(2023, 2, 21));

    private static List<string> Rejects(TestWarehouse w, string code) =>
        w.Rows($"SELECT kind, line, column_name, reason FROM etl_reject WHERE reason_code = '{code}' ORDER BY kind, line");

    [Fact]
    public void A_bad_national_id_checksum_rejects_the_row_with_the_id_masked_and_the_rest_loads()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("students", "學號,身分證號,姓名,部別,學籍狀態",
            [$"110001,{ExportBuilder.Id(1)},王小明,日間部,在學", "110009,A123456788,錯號生,日間部,在學"]);
        var result = Load(w, export);

        result.Status.Should().Be(LoadResult.RejectedRows);
        result.RejectsByReason["bad_national_id"].Should().Be(1);
        var reject = Rejects(w, "bad_national_id").Single();
        reject.Should().Be("students|3|身分證號|身分證號 A1******88：身分證號檢查碼錯誤，請至校務系統更正");
        w.Rows("SELECT raw FROM etl_reject WHERE reason_code = 'bad_national_id'").Should().Equal("110009,A123456788,錯號生,日間部,在學");
        w.Count("SELECT count(*) FROM student").Should().Be(1);
        w.Rows("SELECT check_name, severity, rows_checked, rows_failing FROM etl_check WHERE check_name = 'students.national_ids'")
            .Should().Equal("students.national_ids|error|2|1");
    }

    [Fact]
    public void Rows_of_a_student_rejected_in_this_export_are_rejected_saying_so()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("students", "學號,身分證號,姓名,部別,性別,入學年度,學籍狀態",
        [
            $"110001,{ExportBuilder.Id(1)},王小明,日間部,男,111,在學",
            "110002,A123456788,李小華,日間部,女,111,在學",
            $"110003,{ExportBuilder.Id(3)},張小英,日間部,女,111,轉出",
            $"110004,{ExportBuilder.Id(4)},劉小強,日間部,男,111,在學",
        ]);
        Load(w, export);
        w.Rows("SELECT kind, reason FROM etl_reject WHERE reason_code = 'unknown_student' ORDER BY kind").Should().Equal(
            "artifacts|學號 110002 的學生基本資料在本次匯出被退回（學生基本資料第 3 行），此列一併退回；更正該生資料後重新匯出即可",
            "class_assignments|學號 110002 的學生基本資料在本次匯出被退回（學生基本資料第 3 行），此列一併退回；更正該生資料後重新匯出即可");
    }

    [Fact]
    public void An_unknown_class_rejects_the_placement()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("class_assignments", "學年度,學期,學號,班級代碼,座號", ["111,1,110001,101,1", "111,1,110002,199,2"]);
        Load(w, export).RejectsByReason.Should().ContainKey("unknown_class");
        Rejects(w, "unknown_class").Should().Equal("class_assignments|3|班級代碼|班級 199 在 111-1 學期的班級資料中不存在，請確認班級代碼");
        w.Count("SELECT count(*) FROM class_assignment").Should().Be(1);
    }

    [Fact]
    public void An_upload_outside_its_semester_is_rejected_but_a_late_upload_in_the_next_semester_is_not()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("artifacts", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB",
        [
            "A001,110001,111,1,111-1-0001,112.04.07 23:59,pdf,10",
            "A002,110002,111,1,111-1-0001,111.07.31 10:00,pdf,10",
            "A003,110002,111,1,111-1-0001,112.08.01 10:00,pdf,10",
        ]);
        var result = Load(w, export);
        result.RejectsByReason["upload_outside_semester"].Should().Be(2);
        Rejects(w, "upload_outside_semester")[0].Should().Contain("上傳時間 111.07.31 10:00 不在 111-1 學期的上傳期間（111.08.01 至次學期結束 112.07.31）內");
        w.Rows("SELECT artifact_id FROM course_artifact").Should().Equal("A001");
    }

    [Fact]
    public void A_certification_by_neither_the_teacher_nor_a_deputy_is_rejected_while_deputies_from_export_and_config_are_accepted()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("deputies", "教職員編號,代理人編號,代理順位", ["T01,T02,1"]);
        export.Csv("certifications", "成果編號,認證時間,認證結果,未通過原因,認證教師編號",
        [
            "A001,112.02.05 10:12,通過,,T02",   // T02 deputises for T01 (export)
            "A002,112.02.05 10:13,通過,,T03",   // T03 is no deputy of T01
            "A003,112.02.05 10:14,通過,,T03",   // T03 deputises for T02 (school configuration)
        ]);
        var school = TestSchool.Config with { Deputies = new Dictionary<string, IReadOnlyList<string>> { ["T02"] = ["T03"] } };
        var result = Load(w, export, school);

        result.RejectsByReason.Should().Equal(new Dictionary<string, long> { ["uncertified_certifier"] = 1 });
        Rejects(w, "uncertified_certifier").Should().Equal(
            "certifications|3|認證教師編號|認證教師 T03 不是「國語文」（開課序號 111-1-0001）的任課教師 T01，也不是其代理人；請確認認證者，或在代理人名單／學校設定補上代理關係");
        w.Rows("SELECT artifact_id, certified_by FROM certification ORDER BY 1").Should().Equal("A001|T02", "A003|T03");
    }

    [Fact]
    public void A_duplicate_key_with_different_values_rejects_every_copy_and_identical_duplicates_load_once()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("staff", "教職員編號,姓名,處室",
            ["T01,陳老師,教務處", "T02,林老師,教務處", "T02,林老師,學務處", "T03,黃組長,教務處", "T03,黃組長,教務處"]);
        var result = Load(w, export);

        Rejects(w, "duplicate_conflict").Should().Equal(
            "staff|3|教職員編號|同一筆資料（教職員編號 T02）在檔案中出現 2 次且內容不同（第 3、4 行），請確認哪一筆正確後重新匯出",
            "staff|4|教職員編號|同一筆資料（教職員編號 T02）在檔案中出現 2 次且內容不同（第 3、4 行），請確認哪一筆正確後重新匯出");
        w.Rows("SELECT staff_no FROM staff ORDER BY 1").Should().Equal("T01", "T03");
        w.Rows("SELECT severity, rows_failing, message FROM etl_check WHERE check_name = 'staff.identical_duplicate'")
            .Should().Equal("info|1|教職員.csv 第 6 行：與第 5 行完全相同，只載入一次");
        result.Kinds.Single(k => k.Kind == "staff").Should().Match<KindResult>(k => k.Read == 5 && k.Rejected == 2 && k.Loaded == 2);
    }

    [Fact]
    public void Unreadable_dates_reject_the_row_quoting_the_raw_text()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級",
        [
            "110004,111.11.02,轉入,,105",
            "110001,112..08.01,休學,101,",
            "110002,111.9..29,休學,101,",
            "110003,112.02.31,轉出,101,",
        ]);
        Load(w, export);
        Rejects(w, "bad_date").Select(r => r.Split('|')[3]).Should().Equal(
            "「異動日期」日期「112..08.01」有連續的分隔符號，無法判斷年月日，請更正",
            "「異動日期」日期「111.9..29」有連續的分隔符號，無法判斷年月日，請更正",
            "「異動日期」日期「112.02.31」的日 31 不存在（112 年 2 月只有 28 天）");
        w.Count("SELECT count(*) FROM enrolment_change").Should().Be(1);
    }

    [Fact]
    public void Missing_values_and_values_outside_the_list_are_rejected()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("certifications", "成果編號,認證時間,認證結果,未通過原因,認證教師編號",
            ["A001,112.02.05 10:12,通過,,", "A002,112.02.05 10:12,不通過,,T01", "A003,112.02.06 09:00,未通過,,T02"]);
        var result = Load(w, export);
        result.RejectsByReason.Should().Equal(new Dictionary<string, long> { ["missing_value"] = 2, ["bad_value"] = 1 });
        w.Rows("SELECT line, reason FROM etl_reject ORDER BY line").Should().Equal(
            "2|「認證教師編號」為必填，此列空白",
            "3|「認證結果」的值「不通過」不在允許的選項內（通過、未通過）",
            "4|成果 A003 認證為「未通過」但未填寫未通過原因，請補上原因");
    }

    [Fact]
    public void Every_check_is_logged_per_load_passes_included()
    {
        using var w = new TestWarehouse();
        Load(w, w.NewExport().Basic());
        w.Rows("SELECT severity, rows_checked, rows_failing FROM etl_check WHERE check_name = 'artifacts.upload_outside_semester'")
            .Should().Equal("error|3|0");
        w.Rows("SELECT severity, rows_failing FROM etl_check WHERE check_name = 'source.freshness'").Should().Equal("info|0");
    }
}

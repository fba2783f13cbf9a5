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

    [Fact]
    public void A_nul_or_another_control_character_inside_a_field_rejects_the_row_naming_the_column()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("staff", "教職員編號,姓名,處室", ["T01,陳老師,教務處", "T02,林\0老師,教務處", "T03,黃組長,教\u0007務處"]);
        Load(w, export);
        Rejects(w, "bad_character").Should().Equal(
            "staff|3|姓名|「姓名」含有控制字元 U+0000（NUL），檔案可能已損毀，請更正後重新匯出",
            "staff|4|處室|「處室」含有控制字元 U+0007，檔案可能已損毀，請更正後重新匯出");
        w.Rows("SELECT staff_no FROM staff").Should().Equal("T01");
    }

    [Fact]
    public void Big5_bytes_that_map_to_no_standard_character_and_replacement_characters_are_rejected_not_loaded()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var big5 = System.Text.Encoding.GetEncoding(950);
        byte[] bytes = [.. big5.GetBytes("教職員編號,姓名,處室\nT01,陳老師,教務處\nT02,林"), 0xFA, 0x40, .. big5.GetBytes("師,教務處\nT03,黃"),
            0x80, .. big5.GetBytes("長,教務處\n")];
        export.Raw("staff", "教職員.csv", bytes);
        export.Csv("classes", "學年度,學期,班級代碼,年級,部別,班級名稱,導師編號",
            ["111,1,101,10,日間部,高一忠,T01", "111,1,105,10,日間部,高一\uFFFD,T02"]);
        Load(w, export);
        Rejects(w, "bad_character").Should().Equal(
            "classes|3|班級名稱|「班級名稱」含有替代字元 U+FFFD（�），表示文字在先前的轉檔中已經遺失，請自校務系統重新匯出",
            "staff|3|姓名|「姓名」含有無法對應到標準中文字的字元 U+E000（Big5 造字區或未定義的位元組），請改用標準字或以 UTF-8 重新匯出",
            "staff|4|姓名|「姓名」含有控制字元 U+0080，檔案可能已損毀，請更正後重新匯出");
        w.Rows("SELECT name FROM staff").Should().Equal("陳老師");
    }

    [Theory]
    [InlineData("12/05/20")]
    [InlineData("12.05.20")]
    [InlineData("120520")]
    public void A_two_digit_year_is_ambiguous_and_rejects_the_row(string date)
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級", ["110004,111.11.02,轉入,,105", $"110001,{date},休學,101,"]);
        Load(w, export);
        Rejects(w, "bad_date").Should().Equal(
            $"status_changes|3|異動日期|「異動日期」日期「{date}」的年份只有 2 位數，無法判斷是民國幾年或西元幾年，請以 3 位數民國年（如 112.05.20）或 4 位數西元年（如 2023-05-20）填寫");
        w.Count("SELECT count(*) FROM enrolment_change").Should().Be(1);
    }

    [Fact]
    public void Year_0000_rejects_the_row_instead_of_aborting_the_load()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級",
            ["110004,111.11.02,轉入,,105", "110001,0000-01-01,休學,101,", "110002,1899-12-31,休學,101,"]);
        var result = Load(w, export);
        result.Status.Should().Be(LoadResult.RejectedRows);
        Rejects(w, "bad_date").Should().Equal(
            "status_changes|3|異動日期|「異動日期」日期「0000-01-01」不是有效的日期（年份不存在）",
            "status_changes|4|異動日期|「異動日期」日期「1899-12-31」的年份 1899 早於民國元年（1912 年），不是有效的日期");
        w.Count("SELECT count(*) FROM student").Should().Be(4);
    }

    [Fact]
    public void A_number_that_does_not_fit_its_column_exactly_is_rejected_never_rounded()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("courses", "學年度,學期,開課序號,課程代碼,科目名稱,修課學分,開課年級,授課教師編號,班級代碼",
        [
            "111,1,111-1-0001,111413301H10101A1010101,國語文,4,10,T01,101",
            "111,1,111-1-0002,111413301H10101A1010102,數學,4,10,T02,105",
            "111,1,111-1-0003,111413301H10101A1010103,英文,123456789012,10,T02,105",
        ]);
        export.Csv("course_records", "學年度,學期,開課序號,學號,成績,實得學分",
            ["111,1,111-1-0001,110001,84.25,4", "111,1,111-1-0001,110002,84.20,4", "111,1,111-1-0002,110004,99999,4"]);
        export.Csv("class_assignments", "學年度,學期,學號,班級代碼,座號",
            ["111,1,110001,101,1", "111,1,110002,101,3000000000", "111,1,110003,101,3", "111,1,110004,105,30"]);
        export.Csv("artifacts", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB",
            ["A001,110001,111,1,111-1-0001,112/01/15 21:40,pdf,812", "A002,110002,111,1,111-1-0001,112/01/16 08:00,pdf,9999999999999999"]);
        var result = Load(w, export);

        result.Status.Should().Be(LoadResult.RejectedRows);
        Rejects(w, "bad_value").Should().Equal(
            "artifacts|3|檔案大小KB|「檔案大小KB」的值「9999999999999999」超出可存入的範圍",
            "class_assignments|3|座號|「座號」的值「3000000000」超出可存入的範圍",
            "course_records|2|成績|「成績」的值「84.25」最多 1 位小數，不能四捨五入後存入",
            "course_records|4|成績|「成績」的值「99999」超出可存入的範圍（整數部分最多 4 位）",
            "courses|4|修課學分|「修課學分」的值「123456789012」超出可存入的範圍（整數部分最多 3 位）");
        w.Rows("SELECT student_no, score FROM course_record").Should().Equal("110002|84.2");
    }

    [Fact]
    public void A_date_after_the_export_is_a_warning_or_when_the_load_says_so_a_reject()
    {
        string[] changes = ["110004,111.11.02,轉入,,105", "110001,112.02.21,休學,101,"];
        using (var w = new TestWarehouse())
        {
            var export = w.NewExport().Basic();
            export.Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級", changes);
            Load(w, export).Status.Should().Be(LoadResult.Succeeded);
            w.Rows("SELECT severity, rows_failing, message FROM etl_check WHERE check_name = 'status_changes.future_dates'").Should().Equal(
                "warn|1|學籍異動.csv 第 3 行：「異動日期」112.02.21 晚於本次匯出的時間 112.02.20 06:00，請確認日期是否正確");
            w.Count("SELECT count(*) FROM enrolment_change").Should().Be(2);
        }
        using (var w = new TestWarehouse())
        {
            var export = w.NewExport().Basic();
            export.Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級", changes);
            var result = ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: new DateTime(2023, 2, 21),
                options: new LoadOptions { RejectFutureDates = true });
            result.RejectsByReason.Should().Equal(new Dictionary<string, long> { ["future_date"] = 1 });
            Rejects(w, "future_date").Should().Equal(
                "status_changes|3|異動日期|「異動日期」112.02.21 晚於本次匯出的時間 112.02.20 06:00，請確認日期是否正確");
            w.Rows("SELECT severity, rows_failing FROM etl_check WHERE check_name = 'status_changes.future_dates'").Should().Equal("error|1");
        }
    }
}

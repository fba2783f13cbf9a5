using System.Text;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Tests;

public class MoreKindsTests
{
    private static LoadResult Load(TestWarehouse w, ExportBuilder export) =>
        ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: new DateTime(2023, 2, 21));

    [Fact]
    public void Receipts_find_the_student_by_national_id_and_selections_must_name_the_students_own_items()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("submissions", "提交編號,學年度,學期,資料類別,提交單位,提交時間,提交人員編號,筆數",
            ["S0007,111,1,課程學習成果,註冊組,112/03/08 15:00,T03,3"]);
        export.Csv("receipts", "收訖編號,提交編號,身分證號,學年度,學期,資料類別,產製時間,確認時間,提報錯誤時間,錯誤說明,錯誤處理完成時間",
        [
            $"R1,S0007,{ExportBuilder.Id(1)},111,1,課程學習成果,112/03/10 09:00,112/03/12 20:30,,,",
            $"R2,S0007,{ExportBuilder.Id(2)},111,1,課程學習成果,112/03/10 09:00,,112/03/11 18:00,成績有誤,112/03/14 10:00",
            $"R3,S0007,{ExportBuilder.Id(99)},111,1,課程學習成果,112/03/10 09:00,,,,",
            $"R4,S9999,{ExportBuilder.Id(4)},111,1,課程學習成果,112/03/10 09:00,,,,",
        ]);
        export.Csv("achievements", "表現編號,學號,學年度,類別,名稱,上傳時間", ["P1,110001,111,競賽參與,全國科展 佳作,112/01/20 19:02"]);
        export.Csv("selections", "學號,學年度,項目類型,項目編號,勾選時間",
        [
            "110001,111,課程學習成果,A001,112/02/08 20:15",
            "110001,111,多元表現,P1,112/02/08 20:16",
            "110002,111,課程學習成果,A001,112/02/08 20:17",
            "110002,111,課程學習成果,A002,112/02/08 20:18",
        ]);
        var result = Load(w, export);

        w.Rows("SELECT receipt_id, student_no, error_text FROM receipt ORDER BY 1").Should().Equal("R1|110001|", "R2|110002|成績有誤");
        w.Rows("SELECT line, reason_code, reason FROM etl_reject WHERE kind = 'receipts' ORDER BY line").Should().Equal(
            $"4|unknown_student|身分證號 A1******{ExportBuilder.Id(99)[^2..]} 找不到對應的學生（學生基本資料中沒有此身分證號），請確認",
            "5|unknown_submission|收訖 R4 的提交編號 S9999 不在提交資料中，請確認提交編號");
        w.Rows("SELECT student_no, item_kind, item_id FROM selection ORDER BY 1, 3").Should().Equal(
            "110001|artifact|A001", "110001|achievement|P1", "110002|artifact|A002");
        w.Rows("SELECT line, reason FROM etl_reject WHERE kind = 'selections'").Should().Equal(
            "4|學號 110002 勾選的課程學習成果 A001 不存在或不屬於該生，請確認項目編號");
        // A002 has no 通過 certification: selected anyway, counted by a warning check
        w.Rows("SELECT severity, rows_failing FROM etl_check WHERE check_name = 'selections.uncertified_artifact'").Should().Equal("warn|1");
        result.RejectsByReason.Values.Sum().Should().Be(3);
    }

    [Fact]
    public void A_line_with_an_unquoted_comma_is_rejected_for_its_field_count()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("staff", "教職員編號,姓名,處室,組別",
            ["T01,陳老師,教務處,", "T02,林老師,教務處,教學組,實研組", "T03,黃組長,教務處,註冊組"]);
        Load(w, export);
        w.Rows("SELECT line, reason_code, reason FROM etl_reject").Should().Equal(
            "3|bad_field_count|此列有 5 個欄位，標題列有 4 個（可能有未加引號的逗號或欄位缺漏），請更正後重新匯出");
    }

    [Fact]
    public void The_documented_format_names_every_header_the_loader_accepts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PortfolioAnalytics.sln"))) dir = dir.Parent;
        var doc = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "source-format.md"), Encoding.UTF8);
        foreach (var kind in KindCatalog.All)
        {
            doc.Should().Contain($"({kind.Kind})").And.Contain(kind.DefaultFile);
            foreach (var col in kind.Columns)
            {
                doc.Should().Contain($"| {col.Header} |", $"{kind.Kind}.{col.Header} is a documented column");
                foreach (var alias in col.BuiltInAliases) doc.Should().Contain(alias, $"{kind.Kind}.{col.Header} accepts {alias}");
            }
        }
        foreach (var check in CheckCatalog.All.Where(c => c.Rejects)) doc.Should().Contain($"`{check.Code}`");
    }
}

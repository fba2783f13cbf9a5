using ClosedXML.Excel;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Reports.Tests.Support;

namespace PortfolioAnalytics.Reports.Tests;

[Trait("Speed", "Slow")]
public sealed class SelfCheckReportTests(GeneratorFixture fixture) : IClassFixture<GeneratorFixture>
{
    private static string NoSpace(string s) => s.Replace(" ", "").Replace("\n", "");

    [Fact]
    public async Task Pdf_has_every_checklist_row_with_its_status_in_the_right_row()
    {
        var pdf = await fixture.Generator.RenderAsync(ReportKind.SelfCheck, fixture.Request, ReportFormat.Pdf);
        GeneratorFixture.SaveLook(pdf, "self-check-p1");
        GeneratorFixture.SaveLook(pdf, "self-check-charts", Pdf.Pages(pdf));
        var words = PdfWords.Read(pdf);
        var all = string.Concat(Enumerable.Range(1, words.PageCount).Select(words.Page));

        all.Should().Contain("臺北市私立靜心高級中學").And.Contain("111學年度第1學期")
            .And.Contain("資料截至：112.02.2008:00").And.Contain("產製時間：112.02.2009:30");
        foreach (var (section, item, title) in SeedChecklist.Items)
        {
            var cell1 = words.Cell($"{item}.{title}", "執行情形", occurrence: OccurrenceOf(section, item, 1));
            var cell2 = words.Cell($"{item}.{title}", "執行情形", occurrence: OccurrenceOf(section, item, 2));
            cell1.Should().NotBeEmpty($"{section}-{item} {title} (十、十一年級) must say something");
            cell2.Should().NotBeEmpty($"{section}-{item} {title} (十二年級) must say something");
        }

        words.Cell("4.學生上傳學習成果", "執行情形").Should().Be(NoSpace("已截止 112.02.03，尚未完成；準時完成率 1,302/1,331（97.8%），完成率（含逾期） 1,314/1,331（98.7%），逾期 12 人，未完成 17 人"));
        words.Cell("5.教師認證學習成果", "執行情形").Should().Be(NoSpace("已截止 112.02.08，尚未完成；準時完成率 5,003/5,210（96.0%），完成率（含逾期） 5,153/5,210（98.9%），逾期 150 件，未完成 57 件"));
        words.Cell("2.教師操作教育訓練及宣導", "執行情形").Should().Be(NoSpace(
            "已辦理 111.09.14：教師學習歷程系統操作研習（出席 85 人；佐證 https://example.edu.tw/training/2022-09-14；王大明 111.09.20 14:05 登錄）"));
        words.Cell("1.提交學生基本資料", "執行情形").Should().Be(NoSpace("已完成（111.10.15 截止）；準時完成率 1/1（100.0%），完成率（含逾期） 1/1（100.0%）"));
        words.Cell("1.校務會議通過修訂補充規定", "執行情形").Should().Be("尚無紀錄");
        // The grade-12 table: the same item, its own phase, still open on the as-of day.
        words.Cell("4.學生上傳學習成果", "執行情形", occurrence: 2).Should().Be(NoSpace("進行中（112.04.07 截止）；準時完成率 402/640（62.8%），完成率（含逾期） 402/640（62.8%），未完成 238 人"));
        words.Cell("2.教師操作教育訓練及宣導", "執行情形", occurrence: 2).Should().Be("尚無紀錄");

        all.Should().Contain("完成情形圖表");
        Pdf.Text(pdf).Should().Contain("第 1 頁／共").And.NotContain("\uFFFD");
    }

    // Titles such as "1.學生基本資料" appear in both tables; the n-th occurrence is the n-th table's.
    private static int OccurrenceOf(int section, int item, int table) => table;

    [Fact]
    public async Task Xlsx_has_one_sheet_per_grade_group_every_row_filled()
    {
        var bytes = await fixture.Generator.RenderAsync(ReportKind.SelfCheck, fixture.Request, ReportFormat.Xlsx);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        workbook.Worksheets.Select(w => w.Name).Should().Equal(SeedChecklist.Lower, SeedChecklist.Upper, "各階段統計", "檢核發現");

        foreach (var sheetName in new[] { SeedChecklist.Lower, SeedChecklist.Upper })
        {
            var sheet = workbook.Worksheet(sheetName);
            sheet.Cell(4, 2).GetString().Should().Be("工作項目");
            sheet.Cell(4, 5).GetString().Should().Be("執行情形");
            var rows = Enumerable.Range(5, SeedChecklist.RowsPerGroup).Select(r => sheet.Row(r)).ToList();
            rows.Should().OnlyContain(r => r.Cell(2).GetString().Length > 0 && r.Cell(5).GetString().Length > 0);
            sheet.Cell(5 + SeedChecklist.RowsPerGroup, 2).GetString().Should().BeEmpty();
            sheet.AutoFilter.IsEnabled.Should().BeTrue();
            sheet.SheetView.SplitRow.Should().Be(4);
        }
        var lower = workbook.Worksheet(SeedChecklist.Lower);
        var upload = lower.RowsUsed().Single(r => r.Cell(2).GetString() == "4.學生上傳學習成果");
        upload.Cell(1).GetString().Should().Be("四、學習歷程登錄/上傳");
        upload.Cell(5).GetString().Should().Be("已截止 112.02.03，尚未完成；準時完成率 1,302/1,331（97.8%），完成率（含逾期） 1,314/1,331（98.7%），逾期 12 人，未完成 17 人");

        var stats = workbook.Worksheet("各階段統計");
        var statRow = stats.RowsUsed().Single(r => r.Cell(1).GetString() == "十、十一年級上傳 111-1 課程學習成果");
        statRow.Cell(5).GetValue<long>().Should().Be(1331);
        statRow.Cell(6).GetValue<long>().Should().Be(1302);
        statRow.Cell(7).GetValue<long>().Should().Be(12);
        statRow.Cell(8).GetValue<long>().Should().Be(17);
    }

    [Fact]
    public async Task Html_preview_is_the_same_document()
    {
        var html = await fixture.Generator.RenderHtmlAsync(ReportKind.SelfCheck, fixture.Request);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<th>執行情形</th>")
            .And.Contain("已截止 112.02.03，尚未完成；準時完成率 1,302/1,331（97.8%），完成率（含逾期） 1,314/1,331（98.7%），逾期 12 人，未完成 17 人");
    }
}

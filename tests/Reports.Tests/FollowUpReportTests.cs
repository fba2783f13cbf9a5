using System.Text.RegularExpressions;
using ClosedXML.Excel;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Reports.Tests.Support;

namespace PortfolioAnalytics.Reports.Tests;

[Trait("Speed", "Slow")]
public sealed partial class FollowUpReportTests(GeneratorFixture fixture) : IClassFixture<GeneratorFixture>
{
    [GeneratedRegex("[A-Z][12][0-9]{8}")]
    private static partial Regex UnmaskedId();

    [Fact]
    public async Task Xlsx_has_a_sheet_per_class_with_filters_and_a_frozen_header()
    {
        var bytes = await fixture.Generator.RenderAsync(ReportKind.FollowUp, fixture.Request, ReportFormat.Xlsx);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        workbook.Worksheets.Select(w => w.Name).Should().Equal("101", "102", "301");

        var sheet = workbook.Worksheet("101");
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
        sheet.SheetView.SplitRow.Should().Be(4);
        sheet.Row(4).Cells(1, 10).Select(c => c.GetString()).Should()
            .Equal("學號", "姓名", "座號", "身分證號", "缺少項目", "階段", "期限", "狀態", "導師", "風險");
        sheet.Row(5).Cells(1, 10).Select(c => c.GetString()).Should().Equal(
            "1110101", "王小明", "1", "A1******89", "111-1 課程學習成果 尚未上傳（至少 1 件）", "十、十一年級上傳 111-1 課程學習成果",
            "112.02.03", "逾期未完成", "張導師", "警示");
        sheet.Row(6).Cell(5).GetString().Should().Be("111 多元表現 尚未上傳（至少 1 件）");
        sheet.Row(7).Cell(1).GetString().Should().BeEmpty();

        foreach (var ws in workbook.Worksheets)
            foreach (var cell in ws.CellsUsed())
                UnmaskedId().IsMatch(cell.GetString()).Should().BeFalse($"{ws.Name}!{cell.Address} must not show a national ID");
    }

    [Fact]
    public async Task Letters_are_one_page_per_student_in_the_template_wording()
    {
        var pdf = await fixture.Generator.RenderAsync(ReportKind.Letters, fixture.Request, ReportFormat.Pdf);
        GeneratorFixture.SaveLook(pdf, "letters-p1");
        var words = PdfWords.Read(pdf);
        words.PageCount.Should().Be(3);
        var first = words.Page(1);
        first.Should().Contain("王大華家長您好").And.Contain("貴子弟101班1號王小明同學")
            .And.Contain("111-1課程學習成果尚未上傳（至少1件）（期限112.02.03），逾期未完成")
            .And.Contain("111多元表現尚未上傳").And.Contain("導師張導師").And.Contain("臺北市私立靜心高級中學敬啟")
            .And.Contain("中華民國112年2月20日");
        words.Page(2).Should().Contain("親愛的家長您好").And.Contain("陳小華");
        words.Page(3).Should().Contain("林大同").And.Contain("301班12號");
        UnmaskedId().IsMatch(string.Concat(Enumerable.Range(1, 3).Select(words.Page))).Should().BeFalse();
    }

    [Fact]
    public async Task A_school_template_is_used_and_a_wrong_placeholder_is_named()
    {
        var request = fixture.Request with { LetterTemplate = "{家長}：\n\n{學生} 尚缺：\n\n{缺漏清單}\n\n>{學校}" };
        var html = await fixture.Generator.RenderHtmlAsync(ReportKind.Letters, request);
        html.Should().Contain("王大華 家長：").And.Contain("王小明 尚缺：").And.NotContain("貴子弟");

        var bad = fixture.Request with { LetterTemplate = "{家長} 您好，{學生姓名} 同學" };
        var act = () => fixture.Generator.RenderAsync(ReportKind.Letters, bad, ReportFormat.Pdf);
        (await act.Should().ThrowAsync<ReportException>()).Which.Message.Should().Contain("{學生姓名}").And.Contain("{學生}");
    }

    [Fact]
    public async Task Letters_have_no_xlsx_and_say_so()
    {
        var act = () => fixture.Generator.RenderAsync(ReportKind.Letters, fixture.Request, ReportFormat.Xlsx);
        (await act.Should().ThrowAsync<ReportException>()).Which.Message.Should().Contain("家長通知").And.Contain("PDF");
    }
}

using System.Text.RegularExpressions;
using ClosedXML.Excel;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Tests.Support;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Tests;

/// <summary>The documents over the real metrics, the shipped 靜心 file and a warehouse built by SQL inserts.</summary>
[Trait("Speed", "Slow")]
public sealed partial class RealMetricsReportTests(SmallWarehouse w) : IClassFixture<SmallWarehouse>
{
    [GeneratedRegex("[A-Z][12][0-9]{8}")]
    private static partial Regex UnmaskedId();

    private static string NoSpace(string s) => s.Replace(" ", "").Replace("\n", "");

    [Fact]
    public async Task Self_check_fills_every_row_of_the_schools_111_checklist_from_data()
    {
        var pdf = await w.Generator.RenderAsync(ReportKind.SelfCheck, w.Request, ReportFormat.Pdf);
        GeneratorFixture.SaveLook(pdf, "real-self-check-p1");
        GeneratorFixture.SaveLook(pdf, "real-self-check-charts", Pdf.Pages(pdf));
        var words = PdfWords.Read(pdf);
        var checklist = w.Config.ChecklistRows(111);
        checklist.Should().HaveCountGreaterThan(30);
        foreach (var group in checklist.GroupBy(r => r.GradeGroup).Select((g, i) => (Rows: g, Table: i + 1)))
            foreach (var row in group.Rows)
                words.Cell($"{row.Item}.{row.Title}", "執行情形", occurrence: Occurrence(checklist, row, group.Table))
                    .Should().NotBeEmpty($"{row.Ref} {row.Title} must say something");

        // The row lists each phase that fills it: 111-1's upload, and the 111-2 schedule's later window for 111-1 artifacts.
        words.Cell("4.學生上傳學習成果", "執行情形").Should()
            .StartWith(NoSpace("十、十一、十二年級上傳 111-1 課程學習成果（至少 1 件）：已截止 112.02.03，尚未完成；準時完成率 3/6（50.0%），完成率（含逾期） 4/6（66.7%），逾期 1 人，未完成 2 人"))
            .And.NotContain("111-2課程學習成果");
        words.Cell("5.教師認證學習成果", "執行情形").Should().StartWith(NoSpace("教師進行 111-1 課程學習成果認證：已截止 112.02.08，尚未完成；準時完成率 1/3（33.3%），完成率（含逾期） 2/3（66.7%），逾期 1 件，未完成 1 件"));
        words.Cell("2.教師操作教育訓練及宣導", "執行情形").Should().Be(NoSpace(
            "已辦理 111.09.14：教師學習歷程系統操作研習（出席 45 人；教務主任 111.09.20 14:05 登錄）"));

        var all = string.Concat(Enumerable.Range(1, words.PageCount).Select(words.Page));
        UnmaskedId().IsMatch(all).Should().BeFalse();
    }

    // A title may occur in both grade groups' tables (and twice within none): the n-th table's row is the n-th occurrence.
    private static int Occurrence(IReadOnlyList<Warehouse.Schools.ChecklistRow> rows, Warehouse.Schools.ChecklistRow row, int table) =>
        rows.TakeWhile(r => r != row).Count(r => $"{r.Item}.{r.Title}".StartsWith($"{row.Item}.{row.Title}", StringComparison.Ordinal)
                                              || $"{row.Item}.{row.Title}".StartsWith($"{r.Item}.{r.Title}", StringComparison.Ordinal)) + 1;

    [Fact]
    public async Task Self_check_xlsx_has_every_checklist_row_none_blank()
    {
        var bytes = await w.Generator.RenderAsync(ReportKind.SelfCheck, w.Request, ReportFormat.Xlsx);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        foreach (var group in w.Config.ChecklistRows(111).GroupBy(r => r.GradeGroup))
        {
            var sheet = workbook.Worksheet(group.Key);
            var rows = Enumerable.Range(5, group.Count()).Select(r => sheet.Row(r)).ToList();
            rows.Select(r => r.Cell(2).GetString()).Should().Equal(group.Select(r => $"{r.Item}.{r.Title}"));
            rows.Should().OnlyContain(r => r.Cell(5).GetString().Trim().Length > 0);
        }
    }

    [Fact]
    public async Task Awards_show_the_metrics_numbers_for_each_teacher_and_tutor()
    {
        var pdf = await w.Generator.RenderAsync(ReportKind.Awards, w.Request, ReportFormat.Pdf);
        GeneratorFixture.SaveLook(pdf, "real-awards-p1");
        var text = Pdf.Text(pdf);
        var teacher = w.Metrics.TeacherCertifications(new CompletionQuery(SmallWarehouse.S111_1, SmallWarehouse.AsOf, Breakdown.Teacher))
            .Single(t => t.TeacherName == "陳老師");
        text.Split('\n').First(l => l.Contains("陳老師", StringComparison.Ordinal)).Should()
            .Contain(Text.Ratio(teacher.Complete, teacher.Population)).And.Contain("未達標準");
        text.Split('\n').First(l => l.Contains("蔡老師", StringComparison.Ordinal)).Should().Contain("3/4（75.0%）");
        text.Split('\n').First(l => l.Contains("王導師", StringComparison.Ordinal) && l.Contains("%）", StringComparison.Ordinal))
            .Should().Contain("101 班導師");
        text.Should().Contain("劉導師").And.Contain("校長").And.Contain("教務主任");
    }

    [Fact]
    public async Task Follow_up_and_letters_list_the_lagging_students_masked()
    {
        var all = w.Metrics.Risk(new CompletionQuery(SmallWarehouse.S111_1, SmallWarehouse.AsOf, Breakdown.Student));
        var risk = all.Where(r => r.Level != RiskLevel.Normal).ToList();
        risk.Select(r => r.StudentNo).Should().Contain(["S3", "S6"]);

        var bytes = await w.Generator.RenderAsync(ReportKind.FollowUp, w.Request, ReportFormat.Xlsx);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        workbook.Worksheets.Select(s => s.Name).Should().Equal(all.Select(r => r.ClassCode).Distinct().Order());
        var s3 = workbook.Worksheet("101").RowsUsed().Where(r => r.Cell(1).GetString() == "S3").ToList();
        s3.Should().HaveCount(risk.Single(r => r.StudentNo == "S3").Lagging.Count);
        s3[0].Cell(4).GetString().Should().Be("A1******" + SmallWarehouse.Id(3)[^2..]);
        s3.Select(r => r.Cell(5).GetString()).Should().Contain(m => m.Contains("課程學習成果", StringComparison.Ordinal));
        s3.Should().OnlyContain(r => r.Cell(9).GetString() == "王導師");
        foreach (var sheet in workbook.Worksheets)
            sheet.CellsUsed().Should().NotContain(c => UnmaskedId().IsMatch(c.GetString()));

        var pdf = await w.Generator.RenderAsync(ReportKind.Letters, w.Request, ReportFormat.Pdf);
        GeneratorFixture.SaveLook(pdf, "real-letters-p1");
        var words = PdfWords.Read(pdf);
        words.PageCount.Should().Be(risk.Count);
        Enumerable.Range(1, words.PageCount).Select(words.Page).Should().Contain(p => p.Contains("張大同家長您好", StringComparison.Ordinal)
            && p.Contains("101班3號張小丙同學", StringComparison.Ordinal)
            && p.Contains("111-1課程學習成果尚未上傳（至少1件，目前0件）（期限112.02.03），逾期未完成", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Self_check_ends_with_the_findings_of_the_metrics()
    {
        // 陳老師 certified S4's artifact on 02-12, after the window; S3 and S6 have no counseling record.
        var findings = w.Metrics.Findings(SmallWarehouse.S111_1, SmallWarehouse.AsOf);
        findings.Should().Contain(f => f.Kind == FindingKinds.CertificationOutsideWindow && f.StaffNo == "C1");
        findings.Where(f => f.Kind == FindingKinds.NoCounseling).Select(f => f.StudentNo).Should().Equal("S3", "S6");

        var html = await w.Generator.RenderHtmlAsync(ReportKind.SelfCheck, w.Request);
        var section = html[html.IndexOf("<h2>檢核發現</h2>", StringComparison.Ordinal)..];
        section.Should().Contain("認證不在認證期間內（1 筆）").And.Contain("本學期尚無課程諮詢紀錄（2 筆）")
            .And.Contain("每位學生每學期至少應有 1 筆課程諮詢紀錄")
            .And.Contain("S3 張小丙（101）：111-1 尚無課程諮詢紀錄；請課程諮詢教師於學期結束前完成諮詢並登錄紀錄");
        html.IndexOf("<h2>檢核發現</h2>", StringComparison.Ordinal).Should().BeGreaterThan(html.IndexOf("完成情形圖表", StringComparison.Ordinal),
            "the section comes after the existing ones");

        var pdf = await w.Generator.RenderAsync(ReportKind.SelfCheck, w.Request, ReportFormat.Pdf);
        GeneratorFixture.SaveLook(pdf, "real-self-check-findings", Pdf.Pages(pdf));
        var words = PdfWords.Read(pdf);
        words.Page(words.PageCount).Should().Contain("檢核發現").And.Contain("尚無課程諮詢紀錄");

        using var workbook = new XLWorkbook(new MemoryStream(await w.Generator.RenderAsync(ReportKind.SelfCheck, w.Request, ReportFormat.Xlsx)));
        var sheet = workbook.Worksheet("檢核發現");
        var rows = sheet.RowsUsed().SkipWhile(r => r.Cell(1).GetString() != "種類").Skip(1).ToList();
        rows.Select(r => r.Cell(3).GetString()).Should().Equal(findings.OrderBy(f => FindingKinds.All.ToList().IndexOf(f.Kind)).Select(f => f.Message));
    }

    [Fact]
    public void Progress_series_rises_to_the_phases_figure()
    {
        var phase = w.Metrics.Phases(SmallWarehouse.S111_1).Single(p => p.Id == "111-1.artifact-upload");
        var points = w.Metrics.Progress(new CompletionQuery(SmallWarehouse.S111_1, SmallWarehouse.AsOf, Breakdown.Phase, phase.Id));
        points[0].Day.Should().Be(phase.Start.Date);
        points[^1].Day.Should().Be(SmallWarehouse.AsOf.Date);
        points[^1].Should().Match<ProgressPoint>(p => p.Done == 4 && p.Population == 6);
        points.Select(p => p.Done).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task The_full_set_is_written_into_a_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pa-report-set-{Guid.NewGuid():N}");
        try
        {
            var files = await w.Generator.WriteAllAsync(folder, w.Request);
            files.Select(Path.GetFileName).Should().Equal(
                "自我檢核報告_111-1.pdf", "自我檢核報告_111-1.xlsx", "敘獎評核資料_111-1.pdf", "敘獎評核資料_111-1.xlsx",
                "待追蹤名單_111-1.xlsx", "家長通知_111-1.pdf");
            files.Should().OnlyContain(f => new FileInfo(f).Length > 1000);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }
}

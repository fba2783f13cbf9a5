using ClosedXML.Excel;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Reports.Tests.Support;

namespace PortfolioAnalytics.Reports.Tests;

[Trait("Speed", "Slow")]
public sealed class AwardsReportTests(GeneratorFixture fixture) : IClassFixture<GeneratorFixture>
{
    [Fact]
    public async Task Pdf_ranks_people_with_their_measures_and_proposed_awards()
    {
        var pdf = await fixture.Generator.RenderAsync(ReportKind.Awards, fixture.Request, ReportFormat.Pdf);
        GeneratorFixture.SaveLook(pdf, "awards-p1");
        GeneratorFixture.SaveLook(pdf, "awards-last", Pdf.Pages(pdf));
        var text = Pdf.Text(pdf);
        var lines = text.Split('\n');

        string SummaryLine(string name) => lines.First(l => l.Contains(name, StringComparison.Ordinal) && l.Contains("%）", StringComparison.Ordinal));
        SummaryLine("吳老師").Should().Contain("任課教師").And.Contain("1").And.Contain("198/200（99.0%）").And.Contain("嘉獎二次");
        SummaryLine("周老師").Should().Contain("150/180（83.3%）").And.Contain("嘉獎一次");
        SummaryLine("鄭老師").Should().Contain("90/120（75.0%）").And.Contain("未達標準");
        SummaryLine("張導師").Should().Contain("38/40（95.0%）").And.Contain("嘉獎一次");
        SummaryLine("李導師").Should().Contain("35/41（85.4%）").And.Contain("未達標準");
        SummaryLine("蔡課諮師").Should().Contain("300/310（96.8%）").And.Contain("嘉獎一次");
        SummaryLine("黃組長").Should().Contain("註冊組").And.Contain("1/1（100.0%）").And.Contain("嘉獎二次");

        // Ranked: the summary lists teachers from the best on-time rate down.
        text.IndexOf("吳老師", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("周老師", StringComparison.Ordinal));
        text.IndexOf("周老師", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("鄭老師", StringComparison.Ordinal));

        var flat = text.Replace(" ", "").Replace("\n", "");
        flat.Should().Contain("上傳至認證中位數4天").And.Contain("最久待認證20天")
            .And.Contain("全校準時1,302/1,331（97.8%）").And.Contain("合計：班級準時38/40（95.0%），全校準時1,302/1,331（97.8%）")
            .And.Contain("提交學生基本資料：準時完成（截止111.10.15）")
            .And.Contain("教師操作教育訓練及宣導：準時完成111.09.14（截止111.09.30）");
        lines.Last(l => l.Contains("召集人", StringComparison.Ordinal)).Should().Contain("林校長").And.Contain("執行秘書").And.Contain("陳主任");
    }

    [Fact]
    public async Task Xlsx_keeps_counts_as_numbers()
    {
        var bytes = await fixture.Generator.RenderAsync(ReportKind.Awards, fixture.Request, ReportFormat.Xlsx);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        workbook.Worksheets.Select(w => w.Name).Should().Equal("評核總表", "個別評核");
        var summary = workbook.Worksheet("評核總表");
        var row = summary.RowsUsed().Single(r => r.Cell(3).GetString() == "周老師");
        row.Cell(1).GetString().Should().Be("任課教師");
        row.Cell(2).GetValue<int>().Should().Be(2);
        row.Cell(5).GetValue<long>().Should().Be(150);
        row.Cell(6).GetValue<long>().Should().Be(180);
        row.Cell(7).GetValue<double>().Should().BeApproximately(150.0 / 180, 1e-9);
        row.Cell(9).GetString().Should().Be("嘉獎一次");
        summary.AutoFilter.IsEnabled.Should().BeTrue();

        var details = workbook.Worksheet("個別評核");
        details.RowsUsed().Single(r => r.Cell(3).GetString() == "鄭老師").Cell(6).GetString()
            .Should().Contain("待認證 30 件").And.Contain("中位數 6.5 天");
    }
}

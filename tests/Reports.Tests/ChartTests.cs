using PortfolioAnalytics.Reports.Charts;
using PortfolioAnalytics.Reports.Tests.Support;

namespace PortfolioAnalytics.Reports.Tests;

public sealed class ChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    private static void Save(string name, ScottPlot.Plot plot)
    {
        Directory.CreateDirectory(GeneratorFixture.LookFolder);
        var png = ReportCharts.ToPng(plot);
        png.Take(4).Should().Equal(PngSignature);
        File.WriteAllBytes(Path.Combine(GeneratorFixture.LookFolder, name + ".png"), png);
        var svg = ReportCharts.ToSvg(plot);
        svg.Should().Contain("<svg");
        File.WriteAllText(Path.Combine(GeneratorFixture.LookFolder, name + ".svg"), svg);
    }

    [Fact]
    public void Phase_progress_marks_the_deadline_in_chinese()
    {
        var start = new DateTime(2023, 1, 1);
        var points = Enumerable.Range(0, 12).Select(i => new ProgressPoint(start.AddDays(4 * i), Math.Min(1331, 120 * i), 1331)).ToList();
        var plot = ReportCharts.PhaseProgress("十、十一年級上傳 111-1 課程學習成果", points, new DateTime(2023, 2, 3, 23, 59, 59));
        Save("chart-progress", plot);
        ReportCharts.ToSvg(plot).Should().Contain("截止 112.02.03").And.Contain("課程學習成果");
    }

    [Fact]
    public void Class_heatmap_has_a_row_per_class()
    {
        var cells = new List<HeatmapCell>();
        foreach (var cls in new[] { "101", "102", "103", "201", "202", "301" })
        {
            var grade = cls[0];
            if (grade != '3') cells.Add(new(cls, "111-1 成果上傳", 30 + cls[2] - '0', 40));
            if (grade == '3') cells.Add(new(cls, "111-1 成果上傳2", 20, 40));
            cells.Add(new(cls, "111 多元表現上傳", 10 + 5 * (cls[2] - '0'), 40));
        }
        var plot = ReportCharts.ClassHeatmap("各班完成率", cells);
        Save("chart-heatmap", plot);
        var svg = ReportCharts.ToSvg(plot);
        svg.Should().Contain("101").And.Contain("301").And.Contain("多元表現上傳");
    }

    [Fact]
    public void Certification_backlog_puts_the_largest_backlog_first()
    {
        var plot = ReportCharts.CertificationBacklog("教師認證待辦", [
            new BacklogBar("吳老師", 198, 2, 0), new BacklogBar("周老師", 150, 20, 10), new BacklogBar("鄭老師", 90, 0, 30)]);
        Save("chart-backlog", plot);
        ReportCharts.ToSvg(plot).Should().Contain("鄭老師（待 30）");
    }
}

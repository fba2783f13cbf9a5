using PortfolioAnalytics.Reports.Charts;
using PortfolioAnalytics.Reports.Tests.Support;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Tests;

public sealed class ChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    private static void Save(string name, ScottPlot.Plot plot, int width = 1000, int height = 500)
    {
        Directory.CreateDirectory(GeneratorFixture.LookFolder);
        var png = ReportCharts.ToPng(plot, width, height);
        png.Take(4).Should().Equal(PngSignature);
        File.WriteAllBytes(Path.Combine(GeneratorFixture.LookFolder, name + ".png"), png);
        var svg = ReportCharts.ToSvg(plot, width, height);
        svg.Should().Contain("<svg");
        File.WriteAllText(Path.Combine(GeneratorFixture.LookFolder, name + ".svg"), svg);
    }

    /// <summary>Daily points from <paramref name="start"/>: on time rising until the deadline, late after it.</summary>
    private static List<ProgressPoint> Rising(DateTime start, DateTime deadline, DateTime asOf, long population, double perDay, double latePerDay)
    {
        var points = new List<ProgressPoint>();
        long onTime = 0, late = 0;
        for (var d = start.Date; d <= asOf.Date; d = d.AddDays(1))
        {
            if (d <= deadline) onTime = Math.Min(population, onTime + (long)perDay);
            else late = Math.Min(population - onTime, late + (long)latePerDay);
            points.Add(new ProgressPoint("p", d, onTime, late, population));
        }
        return points;
    }

    [Fact]
    public void Phase_progress_draws_both_rates_to_the_as_of_day_with_the_deadline()
    {
        var deadline = new DateTime(2023, 2, 3, 23, 59, 59);
        var points = Rising(new DateTime(2023, 1, 1), deadline, new DateTime(2023, 2, 20), 1331, 35, 20);
        var plot = ReportCharts.PhaseProgress("十、十一年級上傳 111-1 課程學習成果", points, deadline, DeadlineState.Overdue);
        Save("chart-progress", plot);
        var svg = ReportCharts.ToSvg(plot);
        svg.Should().Contain("截止 112.02.03（已逾期）").And.Contain("課程學習成果")
            .And.Contain($"{CompletionCounts.OnTimeLabel} {points[^1].Counts.OnTimeText}")
            .And.Contain($"{CompletionCounts.WithLateLabel} {points[^1].Counts.WithLateText}")
            .And.Contain("112.02.2");
    }

    [Fact]
    public void Certification_progress_counts_artifacts_while_the_phase_is_open()
    {
        var deadline = new DateTime(2023, 2, 24, 23, 59, 59);
        var points = Rising(new DateTime(2023, 2, 4), deadline, new DateTime(2023, 2, 15), 4210, 260, 0);
        var plot = ReportCharts.PhaseProgress("教師認證 111-1 課程學習成果", points, deadline, DeadlineState.NotYetDue, "件");
        Save("chart-progress-certification", plot);
        ReportCharts.ToSvg(plot).Should().Contain("占應完成件數").And.Contain("（未到期）");
    }

    [Fact]
    public void A_unit_task_is_drawn_as_done_or_not_with_its_day()
    {
        var start = new DateTime(2023, 2, 15);
        var points = Enumerable.Range(0, 7).Select(i => new ProgressPoint("t", start.AddDays(i), i >= 3 ? 1 : 0, 0, 1)).ToList();
        var plot = ReportCharts.PhaseProgress("提交 111-1 課程學習成果", points, new DateTime(2023, 2, 20, 23, 59, 59), DeadlineState.Done, "項");
        Save("chart-progress-unit-task", plot);
        ReportCharts.ToSvg(plot).Should().Contain("準時完成於 112.02.18").And.Contain("已完成").And.Contain("未完成");
    }

    [Fact]
    public void A_phase_not_started_says_so()
    {
        var plot = ReportCharts.PhaseProgress("學生勾選", [], new DateTime(2023, 4, 14, 23, 59, 59), DeadlineState.NotYetDue);
        Save("chart-progress-not-started", plot);
        ReportCharts.ToSvg(plot).Should().Contain("尚未開始");
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
    public void Certification_backlog_of_two_teachers_is_readable()
    {
        var teachers = new List<BacklogBar> { new("張老師", 0, 0, 3), new("林老師", 1, 0, 1) };
        var plot = ReportCharts.CertificationBacklog("各教師認證進度", teachers, DeadlineState.DueSoon);
        Save("chart-backlog-two", plot, 900, ReportCharts.BacklogHeight(teachers.Count));
        ReportCharts.ToSvg(plot).Should().Contain("1. 張老師（待 3）").And.Contain("2. 林老師（待 1）");
    }

    [Fact]
    public void Certification_backlog_ranks_the_largest_backlog_first()
    {
        var teachers = new List<BacklogBar>
        {
            new("吳老師", 198, 2, 0), new("周老師", 150, 20, 10), new("鄭老師", 90, 0, 30), new("王老師", 40, 5, 30),
        };
        var plot = ReportCharts.CertificationBacklog("教師認證待辦", teachers, DeadlineState.Overdue);
        Save("chart-backlog", plot, 900, ReportCharts.BacklogHeight(teachers.Count));
        var svg = ReportCharts.ToSvg(plot, 900, ReportCharts.BacklogHeight(teachers.Count));
        svg.Should().Contain("1. 王老師（待 30）").And.Contain("2. 鄭老師（待 30）").And.Contain("3. 周老師（待 10）")
            .And.Contain("待認證（已逾期）");
    }
}

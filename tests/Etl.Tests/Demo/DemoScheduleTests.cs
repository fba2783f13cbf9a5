using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Tests.Demo;

[Collection(DemoSchoolCollection.Name)]
public sealed class DemoScheduleTests(DemoSchoolFixture demo)
{
    [Fact]
    public void The_default_demo_follows_the_schools_resolved_schedule()
    {
        demo.Summary.ScheduleSource.Should().Contain("臺北市私立靜心高級中學").And.NotContain("內建");
    }

    [Fact]
    public void The_built_in_table_gives_the_same_shape_when_a_school_has_no_schedule()
    {
        var dir = Path.Combine(demo.Root, "built-in");
        var summary = DemoSchool.Write(new DemoOptions(Students: 300, Phases: BuiltInSchedule.Jingxin111()), dir);
        summary.ScheduleSource.Should().Be("指定的作業階段");
        var export = new DemoExport(dir);
        var uploads = export.Rows("課程學習成果.csv").Where(r => r["學年度"] == "111" && r["學期"] == "1")
            .Select(r => RocDate.ParseDateTime(r["上傳時間"])).ToList();
        var deadline = RocDate.ParseDateTime("112.02.03 23:59");
        uploads.Count(u => u <= deadline && u > deadline.AddDays(-3)).Should().BeGreaterThan(uploads.Count(u => u <= deadline) / 2);
        uploads.Should().Contain(u => u > deadline);
        summary.RowsPerKind.Should().OnlyContain(k => k.Value > 0);
    }
}


using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>Per course teacher: total, on time, late, pending, median days to certify, oldest pending.</summary>
public sealed class TeacherCertificationTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    [Fact]
    public void The_backlog_per_teacher()
    {
        var rows = _s.Metrics.TeacherCertifications(S1111, At("2023-02-12T10:00"));
        // C1: A1 (26 d), A2 (uploaded late, 2.4 d), A6 (2 d) decided in time; A7 pending since 01-11.
        // C2: A3 late (21 d), A5 on time (33 d); A4 pending since 01-05.
        rows.Select(r => (r.TeacherStaffNo, r.TeacherName, r.Unit, r.Total, r.OnTime, r.Late, r.Pending, r.OldestPendingDays)).Should().Equal(
            ("C1", "陳國文", "教學組", 4L, 3L, 0L, 1L, (int?)32),
            ("C2", "林數學", "教務處", 3L, 1L, 1L, 1L, (int?)38));
        rows[0].MedianDays.Should().BeApproximately(2.416, 0.01);
        rows[1].MedianDays.Should().BeApproximately(27, 0.01);
    }

    [Fact]
    public void Before_any_upload_there_is_nothing()
    {
        _s.Metrics.TeacherCertifications(S1111, At("2022-12-01T00:00")).Should().BeEmpty();
    }
}

using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>
/// Per certification phase and course teacher: the members and outcomes of the completion by teacher (artifacts of the
/// upload phase by students of the target grades), with median days to certify and the oldest wait.
/// </summary>
public sealed class TeacherCertificationTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    [Fact]
    public void The_backlog_per_teacher()
    {
        var rows = _s.Metrics.TeacherCertifications(new(S1111, At("2023-02-12T10:00"), Breakdown.Teacher));
        // C1: A1 (26 d) and A6 (2 d, before the window opened) decided in time; A7 pending since 01-11; A2 was uploaded
        // after the upload phase closed, so it is not the certification phase's to count.
        // C2: A3 late (21 d); A4 pending since 01-05; A5's student is not in the targeted grades.
        rows.Select(r => (r.PhaseId, r.TeacherStaffNo, r.TeacherName, r.Unit, r.Population, r.Complete, r.Late, r.Missing, r.OldestPendingDays))
            .Should().Equal(
                (Certification.Id, "C1", "陳國文", "教學組", 3L, 2L, 0L, 1L, (int?)32),
                (Certification.Id, "C2", "林數學", "教務處", 2L, 0L, 1L, 1L, (int?)38));
        rows[0].MedianDays.Should().BeApproximately(14, 0.01);
        rows[1].MedianDays.Should().BeApproximately(21, 0.01);
    }

    [Theory]
    [InlineData("2023-01-20T00:00")]
    [InlineData("2023-02-08T23:59:59")]
    [InlineData("2023-02-09T00:00")]
    [InlineData("2023-03-01T00:00")]
    public void The_counts_are_the_completion_by_teacher(string asOf)
    {
        var query = new CompletionQuery(S1111, At(asOf), Breakdown.Teacher);
        _s.Metrics.TeacherCertifications(query).Select(r => (r.PhaseId, r.TeacherStaffNo, r.Counts))
            .Should().BeEquivalentTo(_s.Metrics.Completion(query).Select(r => (r.PhaseId, TeacherStaffNo: r.TeacherStaffNo ?? "", r.Counts)));
    }

    [Fact]
    public void Before_any_upload_there_is_nothing()
    {
        _s.Metrics.TeacherCertifications(new(S1111, At("2022-12-01T00:00"), Breakdown.Teacher)).Should().BeEmpty();
    }
}

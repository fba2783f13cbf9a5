using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>Every phase of the shipped schools' resolved schedules computes over the small warehouse.</summary>
public sealed class ShippedScheduleMetricsTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    [Theory]
    [InlineData("jingxin", "111-1")]
    [InlineData("jingxin", "111-2")]
    [InlineData("kaohsiung-commercial", "111-1")]
    public void Every_phase_and_view_computes(string schoolName, string semesterText)
    {
        var semester = Semester.Parse(semesterText);
        var metrics = new CompletionMetrics(_s.Db, SchoolCatalog.Load(schoolName) with { Code = School });
        var phases = metrics.Phases(semester);
        phases.Should().NotBeEmpty();
        var asOf = semester.EndsOn.ToDateTime(new TimeOnly(23, 59));

        var byPhase = metrics.Completion(new(semester, asOf, Breakdown.Phase));
        byPhase.Select(r => r.PhaseId).Should().Equal(phases.Select(p => p.Id));
        byPhase.Should().OnlyContain(r => r.Complete + r.Late + r.Missing == r.Population);
        // Every breakdown on one phase of each kind (the query differs by kind, not by phase).
        foreach (var phase in phases.DistinctBy(p => p.Kind))
            foreach (var by in Enum.GetValues<Breakdown>().Where(b => b != Breakdown.Teacher || phase.Kind == PhaseKind.Certification))
                metrics.Completion(new(semester, asOf, by, phase.Id)).Should().NotContain(r => r.Complete + r.Late + r.Missing != r.Population);
        metrics.Risk(new(semester, asOf, Breakdown.Student));
        metrics.Findings(semester, asOf);
        metrics.TeacherCertifications(new(semester, asOf, Breakdown.Teacher));
    }

    [Fact]
    public void The_jingxin_111_1_upload_counts_the_scenario_students()
    {
        var metrics = new CompletionMetrics(_s.Db, SchoolCatalog.Load("jingxin") with { Code = School });
        var row = metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Phase, "111-1.artifact-upload")).Single();
        row.Counts().Should().Be((5, 3, 1, 1, 0));   // grades 10–12, window 112.01.01–112.02.03: as in the hand-made phase
    }
}

using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>The progress series behind the charts: one point per day, rising to the phase's own completion counts.</summary>
public sealed class ProgressTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    public static TheoryData<string> Moments => ["2023-01-20T12:00", "2023-02-05T08:00", "2023-02-21T00:00", "2023-05-01T00:00"];

    [Theory]
    [MemberData(nameof(Moments))]
    public void Every_phase_runs_from_its_start_to_the_as_of_day_and_ends_at_its_counts(string moment)
    {
        var asOf = At(moment);
        var query = new CompletionQuery(S1111, asOf, Breakdown.Phase);
        var progress = _s.Metrics.Progress(query).GroupBy(p => p.PhaseId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var row in _s.Metrics.Completion(query))
        {
            var phase = AllPhases.Single(p => p.Id == row.PhaseId);
            if (asOf.Date < phase.Start.Date)
            {
                progress.Should().NotContainKey(phase.Id);
                continue;
            }
            var points = progress[phase.Id];
            points[0].Day.Should().Be(phase.Start.Date);
            points[^1].Day.Should().Be(asOf.Date, phase.Id);
            points.Should().HaveCount((asOf.Date - phase.Start.Date).Days + 1);
            points[^1].Counts.Should().Be(row.Counts with { Exempt = 0 }, $"{phase.Id} as of {moment}");
            points.Select(p => p.OnTime).Should().BeInAscendingOrder();
            points.Select(p => p.Done).Should().BeInAscendingOrder();
        }
    }

    [Fact]
    public void Certification_counts_artifacts_by_the_day_they_were_decided()
    {
        var points = _s.Metrics.Progress(new CompletionQuery(S1111, At("2023-02-21T00:00"), Breakdown.Phase, Certification.Id));
        var population = _s.PhaseRow(Certification, At("2023-02-21T00:00")).Population;
        points.Should().OnlyContain(p => p.Population == population);
        points.Single(p => p.Day == new DateTime(2023, 2, 6)).Done.Should().BeLessThan(points[^1].Done);
        points[^1].Done.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_unit_task_is_zero_until_the_day_it_was_submitted()
    {
        var points = _s.Metrics.Progress(new CompletionQuery(S1111, At("2023-02-21T00:00"), Breakdown.Phase, Submit.Id));
        points.Should().OnlyContain(p => p.Population == 1);
        points.Where(p => p.Day < new DateTime(2023, 2, 18)).Should().OnlyContain(p => p.Done == 0);
        points.Single(p => p.Day == new DateTime(2023, 2, 18)).Done.Should().Be(1);
    }

    [Fact]
    public void Filters_narrow_the_series_like_the_counts()
    {
        var query = new CompletionQuery(S1111, At("2023-02-21T00:00"), Breakdown.Phase, Upload.Id, ClassCode: "101");
        _s.Metrics.Progress(query)[^1].Counts.Should().Be(_s.Metrics.Completion(query).Single().Counts with { Exempt = 0 });
    }
}

public sealed class DeadlineStateTests
{
    [Theory]
    [InlineData("2023-01-10T00:00", 10, 0, 0, 10, DeadlineState.NotYetDue)]
    [InlineData("2023-01-30T00:00", 10, 2, 0, 8, DeadlineState.DueSoon)]
    [InlineData("2023-02-10T00:00", 10, 8, 1, 1, DeadlineState.Overdue)]
    [InlineData("2023-02-10T00:00", 10, 8, 2, 0, DeadlineState.Done)]
    [InlineData("2023-01-10T00:00", 0, 0, 0, 0, DeadlineState.NotYetDue)]
    [InlineData("2023-02-10T00:00", 0, 0, 0, 0, DeadlineState.Done)]
    public void An_open_phase_is_not_overdue(string asOf, long population, long onTime, long late, long missing, DeadlineState expected) =>
        DeadlineStates.Of(MetricsScenario.Upload, new CompletionCounts(population, onTime, late, missing, 0), MetricsScenario.At(asOf), 7)
            .Should().Be(expected);
}

using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Tests.Demo;

/// <summary>The demo school's 行政檢核 records: passed attested items, mostly on time, some late, some never, same every run.</summary>
public sealed class DemoAttestationTests
{
    private static (int Count, IReadOnlyList<Attestation> Rows) Attest()
    {
        using var warehouse = new TestWarehouse();
        var metrics = new CompletionMetrics(warehouse.Db, SchoolCatalog.Load("jingxin"));
        var count = DemoAttestations.Write(metrics, new DemoOptions());
        return (count, [.. metrics.Attestations(new Semester(111, 1)), .. metrics.Attestations(new Semester(111, 2))]);
    }

    [Fact]
    public void Passed_attested_items_are_recorded_with_who_and_when_but_not_all_of_them()
    {
        var school = SchoolCatalog.Load("jingxin");
        var options = new DemoOptions();
        var due = school.ScheduledSemesters.SelectMany(s => ScheduleResolver.Resolve(school, s))
            .Where(p => (p.Kind == PhaseKind.Attested || (p.Kind == PhaseKind.UnitTask && p.CountedBy == PhaseEvidence.Attestation))
                        && p.End <= options.ExportedAt).Select(p => p.Id).Distinct().ToList();

        var (count, rows) = Attest();

        count.Should().BeGreaterThan(due.Count / 2).And.BeLessThan(due.Count, "a few items are left unrecorded on purpose");
        rows.Select(a => a.PhaseId).Should().OnlyContain(id => due.Contains(id));
        rows.Should().OnlyContain(a => a.AttestedBy.EndsWith("（示範）") && a.AttestedAt > a.DoneOn.ToDateTime(TimeOnly.MinValue));
        rows.Should().OnlyContain(a => a.DoneOn.ToDateTime(TimeOnly.MinValue) <= options.ExportedAt);
    }

    [Fact]
    public void The_same_seed_attests_the_same_items()
    {
        Attest().Rows.Select(a => (a.PhaseId, a.DoneOn)).Should().Equal(Attest().Rows.Select(a => (a.PhaseId, a.DoneOn)));
    }
}

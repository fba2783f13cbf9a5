using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>Unit tasks (a submission by the end) and manually attested items, stored in the warehouse.</summary>
public sealed class UnitTaskAndAttestationTests : IDisposable
{
    private readonly MetricsScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public void A_unit_task_is_done_when_its_submission_exists()
    {
        _s.PhaseRow(Submit, At("2023-02-16T00:00")).Counts().Should().Be((1, 0, 0, 1, 0));
        _s.PhaseRow(Submit, At("2023-02-18T15:00")).Counts().Should().Be((1, 1, 0, 0, 0));
    }

    [Fact]
    public void An_attestation_round_trips_and_completes_the_item_from_when_it_was_recorded()
    {
        var attestation = new Attestation(Training.Id, new DateOnly(2022, 9, 20), "教師學習歷程操作研習", 45,
            "https://intra.example.tw/training/0920.pdf", "T90", At("2022-10-05T09:30"));
        _s.Metrics.Attest(attestation);

        var stored = _s.Metrics.Attestations(S1111).Should().ContainSingle().Subject;
        stored.Should().Be(attestation);

        _s.PhaseRow(Training, At("2022-09-25T00:00")).Counts().Should().Be((1, 0, 0, 1, 0));   // not recorded yet
        _s.PhaseRow(Training, At("2022-10-06T00:00")).Counts().Should().Be((1, 1, 0, 0, 0));   // held in time
    }

    [Fact]
    public void An_item_held_after_its_deadline_is_late()
    {
        _s.Metrics.Attest(new(Training.Id, new DateOnly(2022, 10, 3), "補辦", null, null, "T90", At("2022-10-03T17:00")));
        _s.PhaseRow(Training, At("2022-10-04T00:00")).Counts().Should().Be((1, 0, 1, 0, 0));
    }

    [Fact]
    public void A_unit_task_without_an_export_can_be_attested()
    {
        var task = Submit with { Id = "111-1.cadre-entry", Category = null };
        using var s = new MetricsScenario(phases: [task]);
        s.Metrics.Attest(new(task.Id, new DateOnly(2023, 2, 16), "幹部經歷登錄完成", null, null, "T08", At("2023-02-16T10:00")));
        s.PhaseRow(task, At("2023-02-17T00:00")).Counts().Should().Be((1, 1, 0, 0, 0));
    }

    [Fact]
    public void An_attestation_without_who_is_refused()
    {
        var act = () => _s.Metrics.Attest(new(Training.Id, new DateOnly(2022, 9, 20), "x", null, null, " ", At("2022-10-05T09:30")));
        act.Should().Throw<ArgumentException>().WithMessage("*登錄人員*");
    }
}

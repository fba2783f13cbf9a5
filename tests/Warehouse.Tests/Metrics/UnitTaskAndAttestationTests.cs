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

/// <summary>Unit tasks whose category is an entry rather than a submission, and earlier rounds.</summary>
public sealed class UnitTaskEntryTests : IDisposable
{
    private readonly MetricsScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public void A_submission_before_the_window_belongs_to_an_earlier_round()
    {
        using var s = new MetricsScenario(phases: [Submit with { Start = At("2023-02-19T00:00") }]);
        s.PhaseRow(Submit, At("2023-02-19T12:00")).Counts().Should().Be((1, 0, 0, 1, 0));
    }

    [Fact]
    public void Cadre_roles_are_done_when_entered_and_receipts_when_issued()
    {
        var cadres = Submit with { Id = "111-1.register-cadres", Title = "登錄 111-1 幹部經歷", Category = "幹部經歷", Start = At("2022-12-01T00:00"), End = At("2022-12-30T23:59:59") };
        var receipts = Submit with { Id = "111-1.receipt-produce", Category = "收訖明細", Start = At("2023-02-01T00:00"), End = At("2023-02-09T23:59:59") };
        using var s = new MetricsScenario(phases: [cadres, receipts]);
        s.Exec("INSERT INTO cadre_role (school_code, record_id, student_no, semester, role_name, entered_at, entered_by) VALUES ('T01', 'C1', 'S01', '111-1', '班長', TIMESTAMP '2022-12-10 09:00:00', 'T08')");
        s.PhaseRow(cadres, At("2022-12-31T00:00")).Counts().Should().Be((1, 1, 0, 0, 0));
        s.PhaseRow(receipts, At("2023-02-11T00:00")).Counts().Should().Be((1, 0, 1, 0, 0));   // issued 02-10
    }
}

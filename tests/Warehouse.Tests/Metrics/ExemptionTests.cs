using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>免除: recorded with who, when and why; the student leaves the population from then on.</summary>
public sealed class ExemptionTests : IDisposable
{
    private readonly MetricsScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public void An_exempt_student_leaves_the_population_from_when_it_was_recorded()
    {
        _s.Metrics.Exempt(new("S03", Upload.Id, "長期病假，工作小組決議免除", "T10", At("2023-02-05T09:00")));

        _s.PhaseRow(Upload, At("2023-02-04T12:00")).Counts().Should().Be((5, 3, 1, 1, 0));
        _s.PhaseRow(Upload, At("2023-02-06T00:00")).Counts().Should().Be((4, 3, 1, 0, 1));
        _s.PhaseRow(Achievement, At("2023-02-06T00:00")).Exempt.Should().Be(0);   // only the named phase

        var row = _s.Metrics.Students(new(S1111, At("2023-02-06T00:00"), Breakdown.Student, Upload.Id)).Single(r => r.StudentNo == "S03");
        row.Status.Should().Be(PhaseStatus.Exempt);
        row.Missing.Should().BeEmpty();

        _s.Metrics.Exemptions().Should().ContainSingle().Which.Should().Be(
            new Exemption("S03", Upload.Id, "長期病假，工作小組決議免除", "T10", At("2023-02-05T09:00")));
    }

    [Fact]
    public void An_exemption_without_a_phase_covers_every_phase()
    {
        _s.Metrics.Exempt(new("S04", null, "休學中（尚未異動）", "T11", At("2023-01-01T00:00")));
        var rows = _s.Metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Phase));
        rows.Single(r => r.PhaseId == Upload.Id).Exempt.Should().Be(1);
        rows.Single(r => r.PhaseId == Receipt.Id).Exempt.Should().Be(1);
        rows.Single(r => r.PhaseId == Certification.Id).Exempt.Should().Be(1);   // S04's artifact A3
    }

    [Fact]
    public void An_exemption_needs_a_reason()
    {
        var act = () => _s.Metrics.Exempt(new("S03", null, "", "T10", At("2023-02-05T09:00")));
        act.Should().Throw<ArgumentException>().WithMessage("*原因*");
    }
}

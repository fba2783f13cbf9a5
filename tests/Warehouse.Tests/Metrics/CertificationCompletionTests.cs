using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>
/// 教師認證: members are the artifacts uploaded by the upload phase's end by students in the population, per course
/// teacher. A1 (C1, 02-05), A6 (C1, 01-08, before the window) and A7 (C1, never) of 101/201; A3 (C2, 02-10, late),
/// A4 (C2, never). A2 was uploaded after the upload deadline and A5 belongs to the suspended S05: neither counts.
/// </summary>
public sealed class CertificationCompletionTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    [Fact]
    public void Before_at_and_after_the_certification_deadline()
    {
        _s.PhaseRow(Certification, At("2023-02-04T12:00")).Counts().Should().Be((5, 1, 0, 4, 0));   // A6 only
        _s.PhaseRow(Certification, Certification.End).Counts().Should().Be((5, 2, 0, 3, 0));       // + A1
        _s.PhaseRow(Certification, At("2023-02-10T10:00")).Counts().Should().Be((5, 2, 1, 2, 0));  // + A3 late
    }

    [Fact]
    public void The_certification_of_an_artifact_uploaded_late_is_not_in_the_population()
    {
        var rows = _s.Metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Student, Certification.Id));
        rows.Should().NotContain(r => r.StudentNo == "S02");   // A2: uploaded 1 minute late, certified 02-06
        rows.Should().NotContain(r => r.StudentNo == "S05");   // A5: student suspended before the deadline
    }

    [Fact]
    public void By_course_teacher()
    {
        var rows = _s.Metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Teacher));
        rows.Select(r => (r.PhaseId, r.TeacherStaffNo, r.TeacherName, r.Counts())).Should().Equal(
            (Certification.Id, "C1", "陳國文", (3L, 2L, 0L, 1L, 0L)),
            (Certification.Id, "C2", "林數學", (2L, 0L, 1L, 1L, 0L)));
    }

    [Fact]
    public void As_of_mid_upload_window_only_artifacts_uploaded_by_then_are_members()
    {
        // Before the certification window opens: A4, A5 (S05 still enrolled), A6 uploaded by 01-08; A6 already decided.
        _s.PhaseRow(Certification, At("2023-01-08T12:00")).Counts().Should().Be((3, 1, 0, 2, 0));
    }

    [Fact]
    public void A_deputy_certifying_counts_for_the_course_teacher()
    {
        using var s = new MetricsScenario(phases: [Upload, Certification]);
        s.Exec("INSERT INTO certification (school_code, artifact_id, decided_at, result, certified_by) VALUES ('T01', 'A4', TIMESTAMP '2023-02-06 10:00:00', '通過', 'C9')");
        s.Metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Teacher)).Single(r => r.TeacherStaffNo == "C2")
            .Counts().Should().Be((2, 1, 1, 0, 0));
        s.Metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Teacher)).Should().NotContain(r => r.TeacherStaffNo == "C9");
    }
}

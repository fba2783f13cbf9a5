using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>學生上傳課程學習成果: population at the window's end, complete by the deadline, late after it.</summary>
public sealed class ArtifactUploadCompletionTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    [Fact]
    public void Before_the_window_opens_everyone_enrolled_then_is_missing()
    {
        // S04 has not transferred in yet; S05 has not suspended yet.
        _s.PhaseRow(Upload, At("2022-12-31T12:00")).Counts().Should().Be((5, 0, 0, 5, 0));
    }

    [Fact]
    public void Mid_window_the_transfer_student_counts_from_their_date_and_the_suspended_student_still_counts()
    {
        _s.PhaseRow(Upload, At("2023-01-14T12:00")).Counts().Should().Be((5, 3, 0, 2, 0));   // S01, S05, S06 done
        _s.PhaseRow(Upload, At("2023-01-16T12:00")).Counts().Should().Be((6, 3, 0, 3, 0));   // S04 joined on 01-15
    }

    [Fact]
    public void At_the_deadline_the_student_who_suspended_before_it_is_out_of_the_population()
    {
        _s.PhaseRow(Upload, UploadEnd).Counts().Should().Be((5, 3, 0, 2, 0));   // S01, S04, S06 done; S02, S03 not yet
    }

    [Fact]
    public void An_upload_one_minute_after_the_deadline_is_late_not_complete()
    {
        _s.PhaseRow(Upload, UploadEnd.AddSeconds(59)).Counts().Should().Be((5, 3, 0, 2, 0));
        _s.PhaseRow(Upload, UploadEnd.AddMinutes(1)).Counts().Should().Be((5, 3, 1, 1, 0));
        _s.PhaseRow(Upload, At("2023-03-01T00:00")).Counts().Should().Be((5, 3, 1, 1, 0));
    }

    [Fact]
    public void By_class_grade_tutor_and_student()
    {
        var asOf = At("2023-03-01T00:00");
        var byClass = _s.Metrics.Completion(new(S1111, asOf, Breakdown.Class, Upload.Id));
        byClass.Select(r => (r.Grade, r.ClassCode, r.TutorName, r.Counts())).Should().Equal(
            (10, "101", "王導師", (3L, 1L, 1L, 1L, 0L)),
            (10, "102", "李導師", (1L, 1L, 0L, 0L, 0L)),
            (11, "201", "張導師", (1L, 1L, 0L, 0L, 0L)));

        var byGrade = _s.Metrics.Completion(new(S1111, asOf, Breakdown.Grade, Upload.Id));
        byGrade.Select(r => (r.Grade, r.ClassCode, r.Counts())).Should().Equal(
            (10, (string?)null, (4L, 2L, 1L, 1L, 0L)), (11, (string?)null, (1L, 1L, 0L, 0L, 0L)));

        var byTutor = _s.Metrics.Completion(new(S1111, asOf, Breakdown.Tutor, Upload.Id));
        byTutor.Select(r => (r.TutorStaffNo, r.Grade)).Should().Equal(("T10", (int?)null), ("T11", null), ("T20", null));

        var byStudent = _s.Metrics.Completion(new(S1111, asOf, Breakdown.Student, Upload.Id));
        byStudent.Select(r => (r.StudentNo, r.StudentName, r.Complete, r.Late, r.Missing)).Should().Equal(
            ("S01", "甲生", 1L, 0L, 0L), ("S02", "乙生", 0L, 1L, 0L), ("S03", "丙生", 0L, 0L, 1L),
            ("S04", "丁生", 1L, 0L, 0L), ("S06", "己生", 1L, 0L, 0L));
    }

    [Fact]
    public void Filters_narrow_the_rows()
    {
        var rows = _s.Metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Class, Upload.Id, ClassCode: "101"));
        rows.Should().ContainSingle().Which.Counts().Should().Be((3, 1, 1, 1, 0));
        _s.Metrics.Completion(new(S1111, At("2023-03-01T00:00"), Breakdown.Phase, Upload.Id, Grade: 11))
            .Single().Population.Should().Be(1);
    }

    [Fact]
    public void A_minimum_above_one_needs_that_many_uploads()
    {
        using var s = new MetricsScenario(phases: [Upload with { Minimum = 2 }]);
        // Only S01 (A1, A7) and S06 (A4, A6) uploaded two.
        s.PhaseRow(Upload, UploadEnd).Counts().Should().Be((5, 2, 0, 3, 0));
    }

    [Fact]
    public void An_unknown_phase_id_is_an_error_naming_the_phases()
    {
        var act = () => _s.Metrics.Completion(new(S1111, UploadEnd, Breakdown.Phase, "nope"));
        act.Should().Throw<ArgumentException>().WithMessage("*nope*111-1.artifact-upload*");
    }
}

using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>Completion at a passed deadline is kept as it was: a catch-up is late, later corrections change nothing.</summary>
public sealed class FreezeTests : IDisposable
{
    private readonly MetricsScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public void A_frozen_deadline_keeps_its_population_and_completions()
    {
        _s.Metrics.Freeze(Upload, At("2023-02-04T01:00")).Should().BeTrue();
        _s.Metrics.Freeze(Upload, At("2023-02-05T01:00")).Should().BeFalse();   // never rewritten

        // After the deadline: S01's uploads disappear from a later full export, S06 is retroactively 休學 from
        // 01-30, and S03 catches up on 02-20.
        _s.Exec("""
            UPDATE course_artifact SET deleted_at = TIMESTAMP '2023-02-10 06:00:00' WHERE student_no = 'S01';
            UPDATE student_enrolment SET valid_to = DATE '2023-01-29' WHERE student_no = 'S06';
            INSERT INTO student_enrolment VALUES ('T01', 'S06', '111-1', '201', 11, 1, '休學', DATE '2023-01-30', NULL);
            INSERT INTO course_artifact (school_code, artifact_id, student_no, semester, course_id, uploaded_at)
              VALUES ('T01', 'A9', 'S03', '111-1', 'K1', TIMESTAMP '2023-02-20 12:00:00');
            """);

        _s.PhaseRow(Upload, At("2023-03-01T00:00")).Counts().Should().Be((5, 3, 2, 0, 0));
        // Before the deadline the live data answers: S05 and now S06 have left; S01 and S04 are done.
        _s.PhaseRow(Upload, At("2023-02-01T00:00")).Counts().Should().Be((4, 2, 0, 2, 0));
    }

    [Fact]
    public void Without_a_snapshot_later_corrections_show_through()
    {
        _s.Exec("UPDATE course_artifact SET deleted_at = TIMESTAMP '2023-02-10 06:00:00' WHERE student_no = 'S01'");
        _s.PhaseRow(Upload, At("2023-03-01T00:00")).Counts().Should().Be((5, 2, 1, 2, 0));
    }

    [Fact]
    public void An_on_time_upload_loaded_only_after_the_freeze_counts_as_late()
    {
        _s.Metrics.Freeze(Upload, At("2023-02-04T01:00"));
        _s.Exec("""
            INSERT INTO course_artifact (school_code, artifact_id, student_no, semester, course_id, uploaded_at)
              VALUES ('T01', 'A9', 'S03', '111-1', 'K1', TIMESTAMP '2023-02-03 23:00:00');
            """);
        _s.PhaseRow(Upload, At("2023-03-01T00:00")).Counts().Should().Be((5, 3, 2, 0, 0));
        _s.Metrics.Students(new(S1111, At("2023-03-01T00:00"), Breakdown.Student, Upload.Id))
            .Single(r => r.StudentNo == "S03").Status.Should().Be(PhaseStatus.Late);
    }

    [Fact]
    public void Freezing_a_semester_takes_the_phases_whose_deadline_the_data_has_passed()
    {
        _s.Metrics.FreezePassed(S1111, At("2023-02-09T06:00")).Should().Equal(
            Training.Id, Counseling.Id, Upload.Id, Achievement.Id, Certification.Id);
        _s.Metrics.FreezePassed(S1111, At("2023-02-21T06:00")).Should().Equal(Receipt.Id, Submit.Id);
        _s.Metrics.FreezePassed(S1111, At("2023-02-22T06:00")).Should().BeEmpty();
    }

    [Fact]
    public void A_deadline_no_loaded_export_has_passed_is_not_frozen()
    {
        // The last export was taken on 112.02.21; the selection deadline is 112.04.14.
        _s.Metrics.Freeze(Selection, At("2023-05-01T00:00")).Should().BeFalse();
        _s.Exec("INSERT INTO etl_load (load_id, school_code, exported_at, status) VALUES (2, 'T01', TIMESTAMP '2023-04-20 06:00:00', 'failed')");
        _s.Metrics.Freeze(Selection, At("2023-05-01T00:00")).Should().BeFalse();
        _s.Exec("INSERT INTO etl_load (load_id, school_code, exported_at, status) VALUES (3, 'T01', TIMESTAMP '2023-04-20 06:00:00', 'partial')");
        _s.Metrics.Freeze(Selection, At("2023-05-01T00:00")).Should().BeTrue();
    }

    [Fact]
    public void A_deadline_not_yet_passed_is_not_frozen()
    {
        _s.Metrics.Freeze(Upload, At("2023-02-03T12:00")).Should().BeFalse();
    }
}

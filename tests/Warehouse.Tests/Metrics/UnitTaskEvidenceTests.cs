using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>
/// A unit task counts what its <c>evidence</c> names: the 提交 (submission), an entry's own moment (entry), or only a
/// person's attestation — a 登錄 is not late because the 提交 to the 中央資料庫 comes weeks later.
/// </summary>
public sealed class UnitTaskEvidenceTests
{
    /// <summary>靜心 111-1.register-basic: 登錄 of 基本資料 in 111.09; the export has no moment for it.</summary>
    private static readonly Phase RegisterBasic = Submit with
    {
        Id = "111-1.register-basic", Title = "登錄學生基本資料", Category = "基本資料", Evidence = PhaseEvidence.Attestation,
        Start = At("2022-09-01T00:00"), End = At("2022-09-30T23:59:59"),
    };

    /// <summary>Reported receipt errors of the round handled by 註冊組 (scenario: R2 reported 02-12 18:00, resolved 02-13 10:00;
    /// R3 reported 02-12 19:00, resolved 02-20 10:00).</summary>
    private static readonly Phase ReceiptErrors = Submit with
    {
        Id = "111-1.receipt-errors", Title = "處理收訖明細提報錯誤項目", Category = "收訖明細錯誤", Evidence = null,
        Start = At("2023-02-10T00:00"), End = At("2023-02-21T23:59:59"),
    };

    [Fact]
    public void A_registration_with_attestation_evidence_is_missing_until_attested_and_on_time_when_done_before_the_end()
    {
        using var s = new MetricsScenario(phases: [RegisterBasic]);
        // The 基本資料 提交 of the semester, in the window and weeks later: neither shows the 登錄.
        s.Exec("""
            INSERT INTO submission (school_code, submission_id, semester, category, unit, submitted_at, submitted_by, row_count) VALUES
              ('T01', 'SB1', '111-1', '基本資料', '註冊組', TIMESTAMP '2022-09-20 10:00:00', 'T90', 6),
              ('T01', 'SB2', '111-1', '基本資料', '註冊組', TIMESTAMP '2023-02-15 10:00:00', 'T90', 6)
            """);
        s.PhaseRow(RegisterBasic, At("2022-10-03T00:00")).Counts().Should().Be((1, 0, 0, 1, 0));

        s.Metrics.Attest(new(RegisterBasic.Id, new DateOnly(2022, 9, 28), "基本資料登錄完成", null, null, "T90", At("2022-09-28T17:00")));
        s.PhaseRow(RegisterBasic, At("2022-09-28T16:59")).Counts().Should().Be((1, 0, 0, 1, 0));   // not attested yet
        s.PhaseRow(RegisterBasic, At("2022-10-03T00:00")).Counts().Should().Be((1, 1, 0, 0, 0));
        s.PhaseRow(RegisterBasic, At("2023-02-16T00:00")).Counts().Should().Be((1, 1, 0, 0, 0));   // the later 提交 changes nothing
    }

    [Fact]
    public void The_same_registration_counted_by_submission_shows_the_later_submission_as_late()
    {
        var bySubmission = RegisterBasic with { Evidence = PhaseEvidence.Submission };
        using var s = new MetricsScenario(phases: [bySubmission]);
        s.Exec("""
            INSERT INTO submission (school_code, submission_id, semester, category, unit, submitted_at, submitted_by, row_count) VALUES
              ('T01', 'SB2', '111-1', '基本資料', '註冊組', TIMESTAMP '2023-02-15 10:00:00', 'T90', 6)
            """);
        s.PhaseRow(bySubmission, At("2023-02-16T00:00")).Counts().Should().Be((1, 0, 1, 0, 0));
    }

    [Fact]
    public void A_submission_phase_is_done_by_its_submission_not_by_entries_of_its_category()
    {
        // 高雄高商 {semester}.submit-cadres: a 提交 of 幹部經歷 (default evidence: submission).
        var submitCadres = Submit with { Id = "111-1.submit-cadres", Title = "提交 111-1 校內幹部經歷", Category = "幹部經歷" };
        submitCadres.CountedBy.Should().Be(PhaseEvidence.Submission);
        using var s = new MetricsScenario(phases: [submitCadres]);
        s.Exec("""
            INSERT INTO cadre_role (school_code, record_id, student_no, semester, role_name, entered_at, entered_by) VALUES
              ('T01', 'C1', 'S01', '111-1', '班長', TIMESTAMP '2023-02-16 09:00:00', 'T08')
            """);
        s.PhaseRow(submitCadres, At("2023-02-17T00:00")).Counts().Should().Be((1, 0, 0, 1, 0));

        s.Exec("""
            INSERT INTO submission (school_code, submission_id, semester, category, unit, submitted_at, submitted_by, row_count) VALUES
              ('T01', 'SC1', '111-1', '幹部經歷', '訓育組', TIMESTAMP '2023-02-19 11:00:00', 'T08', 1)
            """);
        s.PhaseRow(submitCadres, At("2023-02-19T10:59")).Counts().Should().Be((1, 0, 0, 1, 0));
        s.PhaseRow(submitCadres, At("2023-02-19T11:00")).Counts().Should().Be((1, 1, 0, 0, 0));
    }

    [Fact]
    public void Receipt_errors_stay_open_while_any_reported_error_is_unresolved_and_complete_at_the_last_resolution()
    {
        ReceiptErrors.CountedBy.Should().Be(PhaseEvidence.Entry);
        using var s = new MetricsScenario(phases: [ReceiptErrors]);
        s.PhaseRow(ReceiptErrors, At("2023-02-10T12:00")).Counts().Should().Be((1, 1, 0, 0, 0));   // receipts issued, nothing reported yet
        s.PhaseRow(ReceiptErrors, At("2023-02-12T20:00")).Counts().Should().Be((1, 0, 0, 1, 0));   // two reported, both open
        s.PhaseRow(ReceiptErrors, At("2023-02-14T00:00")).Counts().Should().Be((1, 0, 0, 1, 0));   // R2 resolved, R3 still open
        s.PhaseRow(ReceiptErrors, At("2023-02-20T09:59:59")).Counts().Should().Be((1, 0, 0, 1, 0));
        s.PhaseRow(ReceiptErrors, At("2023-02-20T10:00")).Counts().Should().Be((1, 1, 0, 0, 0));   // the last resolution
    }

    [Fact]
    public void Receipt_errors_resolved_after_the_deadline_are_late()
    {
        var shortWindow = ReceiptErrors with { End = At("2023-02-16T23:59:59") };
        using var s = new MetricsScenario(phases: [shortWindow]);
        s.PhaseRow(shortWindow, At("2023-02-17T00:00")).Counts().Should().Be((1, 0, 0, 1, 0));
        s.PhaseRow(shortWindow, At("2023-02-21T00:00")).Counts().Should().Be((1, 0, 1, 0, 0));
    }

    [Fact]
    public void The_school_file_states_or_defaults_the_evidence()
    {
        var jingxin = SchoolCatalog.Load("jingxin");
        Evidence(jingxin, "111-1", "111-1.register-basic").Should().Be(PhaseEvidence.Attestation);
        Evidence(jingxin, "111-1", "111-1.register-courses-g10-11").Should().Be(PhaseEvidence.Attestation);
        Evidence(jingxin, "111-1", "111-1.register-attendance-awards").Should().Be(PhaseEvidence.Attestation);
        Evidence(jingxin, "111-1", "111-1.register-achievements").Should().Be(PhaseEvidence.Attestation);
        Evidence(jingxin, "111-1", "111-1.register-cadres").Should().Be(PhaseEvidence.Entry);
        Evidence(jingxin, "111-1", "111-1.receipt-produce-110").Should().Be(PhaseEvidence.Entry);
        Evidence(jingxin, "111-1", "111-1.receipt-errors-110").Should().Be(PhaseEvidence.Entry);
        Evidence(jingxin, "111-1", "111-1.course-precheck").Should().Be(PhaseEvidence.Submission);
        Evidence(jingxin, "111-1", "111-1.submit-basic-110-2").Should().Be(PhaseEvidence.Submission);
        Evidence(SchoolCatalog.Load("kaohsiung-commercial"), "111-1", "111-1.submit-cadres").Should().Be(PhaseEvidence.Submission);
    }

    private const string File = """
        code: "000001"
        name: 測試高中
        schedules:
          - semester: 111-1
            phases:
              - id: register
                kind: 單位登錄/提交
                title: 登錄學生基本資料
                data: 111-1
                category: 基本資料
                evidence: attestation
                window: 111.09.01~111.09.30
                units: [註冊組]
        """;

    [Fact]
    public void A_bad_evidence_value_is_reported_at_its_line_and_column()
    {
        SchoolConfigReader.Read(File, "test.yaml").Schedules[0].Phases[0].Evidence.Should().Be(PhaseEvidence.Attestation);

        var e = FluentActions.Invoking(() => SchoolConfigReader.Read(File.Replace("evidence: attestation", "evidence: proof", StringComparison.Ordinal), "test.yaml"))
            .Should().Throw<SchoolConfigException>().Which;
        var error = e.Errors.Should().ContainSingle().Subject;
        (error.File, error.Line, error.Column).Should().Be(("test.yaml", 11, 19));
        error.Message.Should().Contain("evidence「proof」不存在").And.Contain("attestation");
        e.Message.Should().Contain("test.yaml:11:19：");
    }

    [Fact]
    public void Entry_evidence_for_a_category_without_an_entry_moment_is_reported()
    {
        var e = FluentActions.Invoking(() => SchoolConfigReader.Read(File.Replace("evidence: attestation", "evidence: entry", StringComparison.Ordinal), "test.yaml"))
            .Should().Throw<SchoolConfigException>().Which;
        var error = e.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column).Should().Be((11, 19));
        error.Message.Should().Contain("幹部經歷、收訖明細、收訖明細錯誤").And.Contain("「基本資料」");
    }

    private static PhaseEvidence? Evidence(SchoolConfig school, string semester, string id) =>
        ScheduleResolver.Resolve(school, Semester.Parse(semester)).Single(p => p.Id == id).Evidence;
}

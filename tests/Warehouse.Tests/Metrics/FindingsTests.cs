using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>Compliance findings: over caps, certifications outside the window, open receipt errors, no counseling.</summary>
public sealed class FindingsTests(SubjectCapScenario shared) : IClassFixture<SubjectCapScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    private List<FindingRow> Of(string kind, DateTime asOf) =>
        _s.Metrics.Findings(S1111, asOf).Where(f => f.Kind == kind).ToList();

    [Fact]
    public void A_selection_over_the_cap()
    {
        Of("selection-over-cap", At("2023-04-12T20:05")).Should().BeEmpty();   // the 6th: still within the cap
        var f = Of("selection-over-cap", At("2023-04-13T00:00")).Should().ContainSingle().Subject;
        f.StudentNo.Should().Be("S02");
        f.ClassCode.Should().Be("101");
        f.Rule.Should().Be("每學年勾選課程學習成果至多 6 件");
        f.Message.Should().Be("S02 乙生（101）：111 學年度 勾選課程學習成果 7 件，超過上限 6 件；請導師提醒學生取消多勾選的 1 件");
        f.PhaseId.Should().Be(Selection.Id);
    }

    [Fact]
    public void Uploads_over_a_subject_cap()
    {
        var f = Of("upload-over-subject-cap", At("2023-03-01T00:00")).Should().ContainSingle().Subject;
        f.StudentNo.Should().Be("S01");
        f.Rule.Should().Be("每科每學期上傳課程學習成果至多 1 件");
        f.Message.Should().Be("S01 甲生（101）：111-1 國語文 上傳課程學習成果 2 件，超過上限 1 件；請導師提醒學生刪除多上傳的 1 件");
        f.PhaseId.Should().Be(Upload.Id);
    }

    [Fact]
    public void No_subject_cap_no_finding()
    {
        using var s = new MetricsScenario();
        s.Metrics.Findings(S1111, At("2023-03-01T00:00")).Should().NotContain(f => f.Kind == "upload-over-subject-cap");
    }

    [Fact]
    public void Certifications_outside_the_window_per_teacher()
    {
        var rows = Of("certification-outside-window", At("2023-03-01T00:00"));
        rows.Select(r => r.StaffNo).Should().Equal("C1", "C2");
        rows[0].Message.Should().Be("C1 陳國文：教師認證 111-1 課程學習成果 有 1 件認證不在認證期間（112.02.04 00:00 至 112.02.08 23:59）內（提前 1 件、逾期 0 件；最早 112.01.08 10:00、最晚 112.01.08 10:00）；請教學組向教師確認認證時間，並提醒於認證期間內完成認證");
        rows[0].Rule.Should().Be("教師認證應於認證期間（112.02.04 00:00 至 112.02.08 23:59）內完成");
        rows[0].PhaseId.Should().Be(Certification.Id);
        rows[1].Message.Should().Contain("逾期 1 件");
        Of("certification-outside-window", At("2023-02-09T00:00")).Select(r => r.StaffNo).Should().Equal("C1");
    }

    [Fact]
    public void A_receipt_error_reported_then_resolved()
    {
        // The submission deadline is 02-20, so from 02-13 23:59:59 open errors are reported.
        Of("receipt-error-unresolved", At("2023-02-12T20:00")).Should().BeEmpty();
        Of("receipt-error-unresolved", At("2023-02-14T00:00")).Select(f => f.StudentNo).Should().Equal("S03");
        Of("receipt-error-unresolved", At("2023-02-14T00:00")).Single().Message.Should().Be(
            "S03 丙生（101）：111-1 課程學習成果 收訖明細於 112.02.12 19:00 提報錯誤「科目名稱有誤」，尚未處理完成；提交期限 112.02.20 23:59；請註冊組更正資料並重新提交");
        Of("receipt-error-unresolved", At("2023-02-14T00:00")).Single().PhaseId.Should().Be(Receipt.Id);
        Of("receipt-error-unresolved", At("2023-02-20T10:00")).Should().BeEmpty();
    }

    [Fact]
    public void Without_receipt_phases_every_open_error_is_reported()
    {
        using var s = new MetricsScenario(phases: [Upload]);
        s.Metrics.Findings(S1111, At("2023-02-12T20:00")).Where(f => f.Kind == "receipt-error-unresolved")
            .Select(f => f.StudentNo).Should().Equal("S02", "S03");
    }

    [Fact]
    public void Students_with_no_counseling_record_this_semester()
    {
        var rows = Of("no-counseling", At("2023-01-31T00:00"));
        rows.Select(r => r.StudentNo).Should().Equal("S03", "S04");   // grade 10 (the counseling phase's), enrolled
        rows[0].StaffNo.Should().Be("T10");
        rows[0].Message.Should().Be("S03 丙生（101）：111-1 尚無課程諮詢紀錄；請課程諮詢教師於學期結束前完成諮詢並登錄紀錄");
        rows[0].Rule.Should().Be("每位學生每學期至少應有 1 筆課程諮詢紀錄");
        rows[0].PhaseId.Should().Be(Counseling.Id);
    }
}

using PortfolioAnalytics.Warehouse.Metrics;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>多元表現 upload, 勾選, 收訖明細確認 and 課程諮詢: golden counts before, at and after each deadline.</summary>
public sealed class StudentPhaseCompletionTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    [Fact]
    public void Achievement_upload_counts_the_academic_year()
    {
        _s.PhaseRow(Achievement, At("2023-01-12T21:00")).Counts().Should().Be((5, 1, 0, 4, 0));
        _s.PhaseRow(Achievement, Achievement.End).Counts().Should().Be((5, 2, 0, 3, 0));
    }

    [Fact]
    public void Selection_within_the_window_and_the_caps()
    {
        // S01 selects in the window; S02 selects 7 (over the cap of 6); S03 selects two days late; S04 never.
        _s.PhaseRow(Selection, At("2023-04-10T12:00")).Counts().Should().Be((4, 0, 0, 4, 0));
        _s.PhaseRow(Selection, Selection.End).Counts().Should().Be((4, 1, 0, 3, 0));
        _s.PhaseRow(Selection, At("2023-04-20T00:00")).Counts().Should().Be((4, 1, 1, 2, 0));
    }

    [Fact]
    public void A_selection_over_the_cap_is_not_complete_and_says_why()
    {
        var s02 = _s.Metrics.Students(new(S1111, At("2023-04-20T00:00"), Breakdown.Student, Selection.Id)).Single(r => r.StudentNo == "S02");
        s02.Status.Should().Be(PhaseStatus.Overdue);
        s02.Missing.Should().Be("111 學年度 課程學習成果 勾選 7 件，超過上限 6 件，須取消部分勾選（期限 112.04.14）");
    }

    [Fact]
    public void A_lower_school_cap_applies()
    {
        using var s = new MetricsScenario(new() { Code = School, Name = "測", Caps = new(ArtifactSelectionsPerYear: 0) });
        s.PhaseRow(Selection, Selection.End).Counts().Should().Be((4, 0, 0, 4, 0));
    }

    [Fact]
    public void Receipt_errors_are_open_until_resolved()
    {
        // R1 S01 confirmed 02-11; R2 S02 error 02-12 resolved 02-13; R3 S03 error 02-12 resolved 02-20 (late); R4 S04 never.
        _s.PhaseRow(Receipt, At("2023-02-12T20:00")).Counts().Should().Be((4, 1, 0, 3, 0));
        _s.PhaseRow(Receipt, At("2023-02-13T12:00")).Counts().Should().Be((4, 2, 0, 2, 0));
        _s.PhaseRow(Receipt, Receipt.End).Counts().Should().Be((4, 2, 0, 2, 0));
        _s.PhaseRow(Receipt, At("2023-02-21T00:00")).Counts().Should().Be((4, 2, 1, 1, 0));

        var open = _s.Metrics.Students(new(S1111, At("2023-02-12T20:00"), Breakdown.Student, Receipt.Id)).Single(r => r.StudentNo == "S02");
        open.Status.Should().Be(PhaseStatus.DueSoon);
        open.Missing.Should().Be("111-1 收訖明細 已提報錯誤，待註冊組處理完成（期限 112.02.14）");
    }

    [Fact]
    public void Counseling_needs_one_record_in_the_semester()
    {
        // K01 for S01 entered 111.10.21; K02 for S02 held 111.10.20 with no entry time.
        _s.PhaseRow(Counseling, At("2022-10-20T12:00")).Counts().Should().Be((4, 1, 0, 3, 0));
        _s.PhaseRow(Counseling, At("2022-10-22T00:00")).Counts().Should().Be((4, 2, 0, 2, 0));
        // At the end S05 has suspended and S04 has joined: S01, S02, S03, S04.
        _s.PhaseRow(Counseling, Counseling.End).Counts().Should().Be((4, 2, 0, 2, 0));
    }
}

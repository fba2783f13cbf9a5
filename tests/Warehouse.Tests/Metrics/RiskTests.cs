using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>正常 / 提醒 / 警示 from the school's rules.</summary>
public sealed class RiskTests
{
    [Fact]
    public void Two_or_more_overdue_phases_warn_and_one_reminds()
    {
        // As of 112.02.05, student phases past their deadline: counseling (grade 10), artifact and achievement upload.
        using var s = new MetricsScenario(phases: [Counseling, Upload, Achievement]);
        var risk = s.Metrics.Risk(new(S1111, At("2023-02-05T00:00"), Breakdown.Student));
        risk.Select(r => (r.StudentNo, r.Level, r.Lagging.Count)).Should().Equal(
            ("S03", RiskLevel.Warning, 3),   // counseling, upload, achievement
            ("S04", RiskLevel.Warning, 2),   // counseling, achievement
            ("S06", RiskLevel.Reminder, 1)); // achievement (counseling targets grade 10 only)
        risk[0].TutorName.Should().Be("王導師");
        risk[0].Lagging.Should().OnlyContain(r => r.Status == PhaseStatus.Overdue);
    }

    [Fact]
    public void Each_level_says_the_rule_met()
    {
        using var s = new MetricsScenario(phases: [Counseling, Upload, Achievement]);
        var risk = s.Metrics.Risk(new(S1111, At("2023-02-05T00:00"), Breakdown.Student)).ToDictionary(r => r.StudentNo);
        var rules = s.Config.RiskRules;
        var warnAt = rules.Where(r => r.Level == RiskLevel.Warning).Min(r => r.OverduePhases);
        var remindAt = rules.Where(r => r.Level == RiskLevel.Reminder).Min(r => r.OverduePhases);
        risk["S03"].Reasons.Should().Equal($"警示：逾期未完成 3 個階段（規則：{warnAt} 個以上）");
        risk["S06"].Reasons.Should().Equal($"提醒：逾期未完成 1 個階段（規則：{remindAt} 個以上）");
    }

    [Fact]
    public void A_student_only_due_soon_has_no_reason()
    {
        using var s = new MetricsScenario(phases: [Upload]);
        s.Metrics.Risk(new(S1111, UploadEnd.AddDays(-1), Breakdown.Student)).Should().OnlyContain(r => r.Reasons.Count == 0);
    }

    [Fact]
    public void A_student_only_due_soon_is_listed_as_normal()
    {
        using var s = new MetricsScenario(phases: [Upload]);
        var risk = s.Metrics.Risk(new(S1111, UploadEnd.AddDays(-1), Breakdown.Student));
        risk.Select(r => (r.StudentNo, r.Level)).Should().Equal(("S02", RiskLevel.Normal), ("S03", RiskLevel.Normal));
        risk[0].Lagging.Single().Status.Should().Be(PhaseStatus.DueSoon);
    }

    [Fact]
    public void No_certified_artifact_this_year_applies_once_a_certification_deadline_passed()
    {
        var config = new SchoolConfig
        {
            Code = School, Name = "測",
            RiskRules = [new(RiskLevel.Warning, NoCertifiedArtifactThisYear: true)],
        };
        using var s = new MetricsScenario(config, [Upload, Certification]);
        s.Metrics.Risk(new(S1111, At("2023-02-08T00:00"), Breakdown.Student))
            .Should().OnlyContain(r => r.Level == RiskLevel.Normal);   // the deadline has not passed yet

        // 02-09: S03 has none; S04's A3 is certified only on 02-10. S01, S02 (A2), S06 have one.
        s.Metrics.Risk(new(S1111, At("2023-02-09T00:00"), Breakdown.Student))
            .Where(r => r.Level == RiskLevel.Warning).Select(r => r.StudentNo).Should().Equal("S03", "S04");
        s.Metrics.Risk(new(S1111, At("2023-02-11T00:00"), Breakdown.Student))
            .Where(r => r.Level == RiskLevel.Warning).Select(r => r.StudentNo).Should().Equal("S03");
        s.Metrics.Risk(new(S1111, At("2023-02-11T00:00"), Breakdown.Student)).Single(r => r.StudentNo == "S03").Reasons
            .Should().Equal("警示：本學年尚無通過認證的課程學習成果（認證截止已過）");
    }
}

using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>A status for every (student, phase): 未開始 進行中 即將截止 逾期未完成 準時完成 逾期完成 免除.</summary>
public sealed class StudentStatusTests(SharedScenario shared) : IClassFixture<SharedScenario>
{
    private readonly MetricsScenario _s = shared.Scenario;

    private PhaseStatus StatusOf(string studentNo, DateTime asOf) =>
        _s.Metrics.Students(new(S1111, asOf, Breakdown.Student, Upload.Id)).Single(r => r.StudentNo == studentNo).Status;

    [Fact]
    public void Statuses_move_with_the_moment()
    {
        StatusOf("S03", At("2022-12-31T00:00")).Should().Be(PhaseStatus.NotStarted);
        StatusOf("S03", At("2023-01-20T00:00")).Should().Be(PhaseStatus.InProgress);
        StatusOf("S03", UploadEnd.AddDays(-7)).Should().Be(PhaseStatus.DueSoon);          // 7 days = the default
        StatusOf("S03", UploadEnd.AddDays(-7).AddSeconds(-1)).Should().Be(PhaseStatus.InProgress);
        StatusOf("S03", UploadEnd).Should().Be(PhaseStatus.DueSoon);
        StatusOf("S03", UploadEnd.AddSeconds(1)).Should().Be(PhaseStatus.Overdue);
        StatusOf("S01", At("2023-03-01T00:00")).Should().Be(PhaseStatus.OnTime);
        StatusOf("S02", UploadEnd.AddMinutes(1)).Should().Be(PhaseStatus.Late);
    }

    [Fact]
    public void The_due_soon_threshold_comes_from_the_school()
    {
        using var s = new MetricsScenario(new() { Code = School, Name = "測", DueSoonDays = 30 });
        s.Metrics.Students(new(S1111, At("2023-01-20T00:00"), Breakdown.Student, Upload.Id))
            .Single(r => r.StudentNo == "S03").Status.Should().Be(PhaseStatus.DueSoon);
    }

    [Fact]
    public void A_row_carries_who_the_student_is_and_what_is_missing()
    {
        var rows = _s.Metrics.Students(new(S1111, At("2023-03-01T00:00"), Breakdown.Student, Upload.Id));
        rows.Select(r => r.StudentNo).Should().Equal("S01", "S02", "S03", "S04", "S06");
        var s03 = rows.Single(r => r.StudentNo == "S03");
        s03.StudentName.Should().Be("丙生");
        s03.MaskedNationalId.Should().NotContain("123456781");
        s03.ClassCode.Should().Be("101");
        s03.SeatNo.Should().Be(3);
        s03.TutorName.Should().Be("王導師");
        s03.Deadline.Should().Be(UploadEnd);
        s03.DoneAt.Should().BeNull();
        s03.Missing.Should().Be("111-1 課程學習成果 尚未上傳（至少 1 件，目前 0 件）（期限 112.02.03）");
        rows.Single(r => r.StudentNo == "S02").DoneAt.Should().Be(At("2023-02-04T00:00:59"));
        rows.Single(r => r.StudentNo == "S02").Missing.Should().BeEmpty();
    }

    [Fact]
    public void Member_rows_cover_student_phases_and_certification_artifacts()
    {
        var rows = _s.Metrics.Students(new(S1111, At("2023-05-01T00:00"), Breakdown.Student));
        rows.Select(r => r.PhaseId).Distinct().Should().BeEquivalentTo([Counseling.Id, Upload.Id, Achievement.Id, Certification.Id, Receipt.Id, Selection.Id]);
        rows.Where(r => r.PhaseId == Certification.Id).Should().OnlyContain(r => r.ItemId != null && r.TeacherStaffNo != null);
        rows.Where(r => r.PhaseId != Certification.Id).Should().OnlyContain(r => r.ItemId == null);
    }

    [Theory]
    [InlineData("2023-02-08T23:59:59")]
    [InlineData("2023-02-09T00:00:00")]
    [InlineData("2023-05-01T00:00:00")]
    public void Every_count_has_exactly_its_member_rows(string asOf)
    {
        foreach (var by in new[] { Breakdown.Phase, Breakdown.Class, Breakdown.Teacher })
        {
            var query = new CompletionQuery(S1111, At(asOf), by);
            var members = _s.Metrics.Students(query);
            foreach (var row in _s.Metrics.Completion(query).Where(r => AllPhases.Single(p => p.Id == r.PhaseId).Kind is not (PhaseKind.UnitTask or PhaseKind.Attested)))
            {
                var mine = members.Where(m => m.PhaseId == row.PhaseId && (row.ClassCode is null || m.ClassCode == row.ClassCode)
                                              && (by != Breakdown.Teacher || m.TeacherStaffNo == row.TeacherStaffNo)).ToList();
                mine.Count(m => m.Status != PhaseStatus.Exempt).Should().Be((int)row.Population, "{0} {1} {2}", row.PhaseId, row.ClassCode, row.TeacherStaffNo);
                mine.Count(m => m.Status == PhaseStatus.OnTime).Should().Be((int)row.Complete);
                mine.Count(m => m.Status == PhaseStatus.Late).Should().Be((int)row.Late);
            }
        }
    }
}

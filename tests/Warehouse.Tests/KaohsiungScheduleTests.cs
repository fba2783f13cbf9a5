using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Tests;

/// <summary>高雄高商's appendix: windows relative to school events, resolved against each semester's event calendar.</summary>
public class KaohsiungScheduleTests
{
    private static readonly SchoolConfig Kaohsiung = SchoolCatalog.Load("kaohsiung-commercial");

    private static Dictionary<string, Phase> Phases(SchoolConfig config, string semester) =>
        ScheduleResolver.Resolve(config, Semester.Parse(semester)).ToDictionary(p => p.Id);

    private static string Window(Phase p) => $"{RocDate.Format(p.StartDate)}~{RocDate.Format(p.EndDate)}";

    [Fact]
    public void Relative_windows_resolve_from_the_111_1_event_calendar()
    {
        // events 111-1: 第二次期中考 111.11.29~111.12.01, 休業式 112.01.19, 教育部提交期限 112.03.10
        var p = Phases(Kaohsiung, "111-1");
        Window(p["111-1.artifact-upload"]).Should().Be("111.12.02~112.02.02", "第二次期中考結束後 至 休業式後 2 週");
        RocDate.Format(p["111-1.certification"].EndDate).Should().Be("112.02.09", "休業式後 3 週");
        p["111-1.certification"].UploadPhaseId.Should().Be("111-1.artifact-upload");
        RocDate.Format(p["111-1.artifact-selection"].EndDate).Should().Be("112.02.17", "教育部提交期限前 3 週");
        p["111-1.artifact-selection"].DeadlineOnly.Should().BeTrue();
        RocDate.Format(p["111-1.receipt-confirmation"].EndDate).Should().Be("112.03.03", "教育部提交期限前 1 週");
        RocDate.Format(p["111-1.submit-artifacts"].EndDate).Should().Be("112.03.10");
        RocDate.Format(p["111-1.counseling"].EndDate).Should().Be("112.01.31", "各學期結束以前");
        p.Should().NotContainKey("111-1.achievement-upload", "多元表現 is yearly: second term only");
        p["111-1.artifact-upload"].Semester.Should().Be(Semester.Parse("111-1"));
        p["111-1.artifact-upload"].End.Should().Be(new DateTime(2023, 2, 2, 23, 59, 59));
    }

    [Fact]
    public void Second_term_adds_the_yearly_achievement_phases()
    {
        var p = Phases(Kaohsiung, "111-2");
        Window(p["111-2.artifact-upload"]).Should().Be("112.05.05~112.07.14");
        Window(p["111-2.achievement-upload"]).Should().Be("111.08.01~112.07.31", "每學年結束之前");
        RocDate.Format(p["111-2.achievement-selection"].EndDate).Should().Be("112.09.22");
        p["111-2.submit-achievements"].Category.Should().Be("多元表現");
    }

    [Fact]
    public void Moving_the_closing_ceremony_in_the_file_moves_the_windows_that_depend_on_it()
    {
        var text = SchoolCatalog.ShippedText("kaohsiung-commercial");
        var moved = SchoolConfigReader.Read(text.Replace("休業式: 112.01.19", "休業式: 112.01.30", StringComparison.Ordinal), "moved.yaml");

        var before = Phases(Kaohsiung, "111-1");
        var after = Phases(moved, "111-1");
        RocDate.Format(after["111-1.artifact-upload"].EndDate).Should().Be("112.02.13");
        RocDate.Format(after["111-1.certification"].EndDate).Should().Be("112.02.20");
        after["111-1.artifact-upload"].Start.Should().Be(before["111-1.artifact-upload"].Start, "the start hangs on 第二次期中考");
        after["111-1.artifact-selection"].End.Should().Be(before["111-1.artifact-selection"].End, "the selection hangs on 教育部提交期限");
        Phases(moved, "111-2")["111-2.artifact-upload"].End.Should().Be(Phases(Kaohsiung, "111-2")["111-2.artifact-upload"].End);
    }

    [Fact]
    public void A_calendar_changed_in_code_resolves_the_same_way()
    {
        var calendar = Kaohsiung.CalendarFor(Semester.Parse("112-1"))!;
        var moved = Kaohsiung with
        {
            EventCalendars = Kaohsiung.EventCalendars
                .Select(c => c.Semester == calendar.Semester ? c.With("休業式", new SchoolEvent(new DateOnly(2024, 1, 26), new DateOnly(2024, 1, 26))) : c)
                .ToList(),
        };
        RocDate.Format(Phases(Kaohsiung, "112-1")["112-1.artifact-upload"].EndDate).Should().Be("113.02.02");
        RocDate.Format(Phases(moved, "112-1")["112-1.artifact-upload"].EndDate).Should().Be("113.02.09");
    }

    [Fact]
    public void Rules_differ_from_jingxin_only_in_configuration()
    {
        Kaohsiung.Members.Should().HaveCount(17);
        Kaohsiung.Members.Single(m => m.Role == "召集人").Name.Should().Be("校長");
        Kaohsiung.Members.Single(m => m.Role == "執行秘書").Name.Should().Be("教務主任");
        Kaohsiung.Divisions.Should().Equal("日間部", "進修部");
        Kaohsiung.Caps.UploadsPerSubjectPerSemester.Should().Be(3);
        Kaohsiung.LeaverRetention.Should().Be(TimeSpan.FromDays(5 * 365));
        Kaohsiung.LeaverDataSealed.Should().BeTrue();
        Kaohsiung.Units.Where(u => u.Division == "進修部").Select(u => u.Name).Should().Equal("進修部教務組", "進修部學務組");
        Kaohsiung.ChecklistRows(112).Should().HaveCount(16);
        Kaohsiung.ChecklistRows(112).SelectMany(r => r.PhaseIds).Should().Contain("112-2.achievement-upload");
    }
}

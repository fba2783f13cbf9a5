using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Tests;

/// <summary>The resolved 靜心 111-1 and 111-2 作業日程表 against the seed's tables, row for row, date for date.</summary>
public class JingxinScheduleTests
{
    private static readonly SchoolConfig Jingxin = SchoolCatalog.Load("jingxin");

    // (start or null for 「…前」, end, grades, kind, data semester), in the seed's order; one seed row that names
    // several tasks is one phase per task. Dates as printed in 000_245e36e1e3b4904c.txt (typos corrected:
    // 111.02.09 至 111.02.17 → 112).
    private static readonly (string? Start, string End, int[] Grades, PhaseKind Kind, string Data)[] Seed1111 =
    [
        ("111.08.01", "111.08.15", [11, 12], PhaseKind.ArtifactUpload, "110-2"),
        ("111.08.01", "111.08.15", [11, 12], PhaseKind.AchievementUpload, "110-2"),
        ("111.08.01", "111.08.15", [11, 12], PhaseKind.Certification, "110-2"),
        ("111.09.13", "111.09.30", [11, 12], PhaseKind.Selection, "110-2"),
        ("111.09.13", "111.09.30", [11, 12], PhaseKind.Selection, "110-2"),
        (null, "111.09.16", [], PhaseKind.UnitTask, "111-1"),
        ("111.10.01", "111.10.21", [11, 12], PhaseKind.UnitTask, "110-2"),
        ("111.10.01", "111.10.21", [11, 12], PhaseKind.UnitTask, "110-2"),
        ("111.10.01", "111.10.21", [11, 12], PhaseKind.UnitTask, "110-2"),
        ("111.10.01", "111.10.21", [11, 12], PhaseKind.UnitTask, "110-2"),
        ("111.10.01", "111.10.21", [], PhaseKind.UnitTask, "110-2"),
        ("111.10.01", "111.10.21", [], PhaseKind.UnitTask, "110-2"),
        ("111.10.21", "111.10.28", [11, 12], PhaseKind.ReceiptConfirmation, "110-2"),
        ("111.10.21", "111.10.28", [], PhaseKind.UnitTask, "110-2"),
        ("111.10.25", "111.10.28", [11, 12], PhaseKind.UnitTask, "110-2"),
        ("111.10.25", "111.10.28", [], PhaseKind.UnitTask, "110-2"),
        ("111.10.25", "111.10.28", [11, 12], PhaseKind.UnitTask, "110-2"),
        ("111.10.25", "111.10.28", [11, 12], PhaseKind.UnitTask, "110-2"),
        ("111.12.01", "111.12.30", [], PhaseKind.UnitTask, "111-1"),
        ("111.12.01", "111.12.30", [], PhaseKind.UnitTask, "111-1"),
        ("111.12.01", "111.12.30", [], PhaseKind.UnitTask, "111-1"),
        ("112.01.01", "112.02.03", [10, 11, 12], PhaseKind.ArtifactUpload, "111-1"),
        ("112.01.01", "112.02.03", [10, 11, 12], PhaseKind.AchievementUpload, "111-1"),
        ("112.02.03", "112.02.08", [10, 11, 12], PhaseKind.Certification, "111-1"),
        ("112.02.09", "112.02.17", [], PhaseKind.Attested, "111-1"),
    ];

    private static readonly (string? Start, string End, int[] Grades, PhaseKind Kind, string Data)[] Seed1112 =
    [
        (null, "111.09.16", [], PhaseKind.UnitTask, "111-1"),
        ("111.10.01", "111.12.31", [], PhaseKind.Attested, "111-1"),
        ("111.10.01", "111.12.31", [10, 11, 12], PhaseKind.Counseling, "111-1"),
        ("112.01.01", "112.02.13", [10, 11], PhaseKind.ArtifactUpload, "111-1"),
        ("112.02.14", "112.02.24", [10, 11], PhaseKind.Certification, "111-1"),
        ("112.01.01", "112.04.07", [12], PhaseKind.ArtifactUpload, "111-1"),
        ("112.01.01", "112.04.07", [12], PhaseKind.AchievementUpload, "111-1"),
        ("112.04.07", "112.04.10", [12], PhaseKind.Certification, "111-1"),
        ("112.04.11", "112.04.14", [12], PhaseKind.Selection, "111-1"),
        ("112.04.11", "112.04.14", [12], PhaseKind.Selection, "111-1"),
        ("112.04.17", "112.04.19", [12], PhaseKind.ReceiptConfirmation, "111-1"),
        ("112.04.17", "112.04.19", [], PhaseKind.UnitTask, "111-1"),
        ("112.04.20", "112.04.25", [12], PhaseKind.UnitTask, "111-1"),
        ("112.04.20", "112.04.25", [12], PhaseKind.UnitTask, "111-1"),
        ("112.05.04", "112.05.10", [12], PhaseKind.ArtifactUpload, "111-2"),
        ("112.05.04", "112.05.10", [12], PhaseKind.AchievementUpload, "111-2"),
        ("112.05.11", "112.05.12", [12], PhaseKind.UnitTask, "111-2"),
        ("112.05.11", "112.05.12", [12], PhaseKind.UnitTask, "111-2"),
        ("112.05.15", "112.05.16", [12], PhaseKind.ReceiptConfirmation, "111-2"),
    ];

    [Theory]
    [InlineData("111-1")]
    [InlineData("111-2")]
    public void Schedule_table_matches_the_seed_date_for_date(string semester)
    {
        var expected = semester == "111-1" ? Seed1111 : Seed1112;
        var phases = ScheduleResolver.Resolve(Jingxin, Semester.Parse(semester)).Where(p => p.Source == PhaseSources.Schedule).ToList();

        phases.Should().HaveCount(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var (start, end, grades, kind, data) = expected[i];
            var p = phases[i];
            var because = $"row {i + 1} ({p.Id} {p.Title})";
            RocDate.Format(p.EndDate).Should().Be(end, because);
            p.End.TimeOfDay.Should().Be(new TimeSpan(23, 59, 59), because);
            p.DeadlineOnly.Should().Be(start is null, because);
            if (start is not null) RocDate.Format(p.StartDate).Should().Be(start, because);
            p.Start.TimeOfDay.Should().Be(TimeSpan.Zero, because);
            p.Grades.Should().Equal(grades, because);
            p.Kind.Should().Be(kind, because);
            p.Semester.ToString().Should().Be(data, because);
            p.ScheduledIn.Should().Be(Semester.Parse(semester), because);
            p.ResponsibleUnits.Should().NotBeEmpty(because);
        }
    }

    [Fact]
    public void The_111_1_artifact_upload_and_its_certification_carry_minimum_and_link()
    {
        var phases = ScheduleResolver.Resolve(Jingxin, Semester.Parse("111-1"));
        var upload = phases.Single(p => p.Id == "111-1.artifact-upload");
        upload.Minimum.Should().Be(1);
        upload.Title.Should().Contain("至少 1 件");
        upload.Checklist.Should().Be(new ChecklistRef("十、十一年級", 4, 4));
        upload.ChecklistRefs.Should().Contain(new ChecklistRef("十二年級", 4, 4));
        var certification = phases.Single(p => p.Id == "111-1.certification");
        certification.UploadPhaseId.Should().Be("111-1.artifact-upload");
        certification.ResponsibleUnits.Should().Equal("高中教師");
        var precheck = phases.Single(p => p.Id == "111-1.course-precheck");
        precheck.Action.Should().Contain("教學組：課程代碼");
        precheck.Category.Should().Be("修課紀錄");
    }

    [Fact]
    public void Every_checklist_row_of_both_sheets_is_filled_by_existing_phases()
    {
        var all = Jingxin.ScheduledSemesters.SelectMany(s => ScheduleResolver.Resolve(Jingxin, s)).ToDictionary(p => p.Id);
        foreach (var group in new[] { "十、十一年級", "十二年級" })
        {
            var rows = Jingxin.ChecklistRows(111, group);
            rows.Select(r => (r.Section, r.Item)).Should().Equal(
                (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3), (3, 4),
                (4, 1), (4, 2), (4, 3), (4, 4), (4, 5), (4, 6), (5, 1), (5, 2), (5, 3), (5, 4), (5, 5), (5, 6));
            foreach (var row in rows)
            {
                row.PhaseIds.Should().NotBeEmpty();
                row.Units.Should().NotBeEmpty();
                row.DueText.Should().NotBeEmpty();
                foreach (var id in row.PhaseIds)
                {
                    all.Should().ContainKey(id);
                    all[id].ChecklistRefs.Should().Contain(row.Ref);
                }
            }
        }
        Jingxin.ChecklistRows(111, "十二年級").Single(r => r.Section == 5 && r.Item == 1).DueText
            .Should().Contain("112.02.11~28 (上)111-1", "the seed's 112.02.11~31 is corrected");
        Jingxin.Checklist.First().SectionHeading.Should().Be("一、行政規劃");
    }

    [Fact]
    public void Rules_units_and_members_come_from_the_seed()
    {
        Jingxin.Code.Should().Be("413301");
        Jingxin.Members.Should().HaveCount(13);
        Jingxin.Members.Single(m => m.Role == "召集人").Name.Should().Be("校長");
        Jingxin.Members.Single(m => m.Role == "執行秘書").Name.Should().Be("教務主任");
        Jingxin.Units.Select(u => u.Name).Should().Equal("圖資組", "教學組", "註冊組", "實研組", "生輔組", "訓育組", "輔導中心", "課程諮詢教師");
        Jingxin.Units.Single(u => u.Name == "教學組").Duties.Should().HaveCount(4);
        Jingxin.LeaverRetention.Should().Be(TimeSpan.FromDays(365));
        Jingxin.LeaverDataSealed.Should().BeFalse();
        Jingxin.Caps.Should().Be(new Caps(6, 10, null));
        Jingxin.Divisions.Should().Equal("日間部");
    }
}

public class JingxinSeedCorrectionTests
{
    [Theory]
    [InlineData("原文「111.9..29")]
    [InlineData("原文「111.02.09 至 111.02.17」")]
    [InlineData("原文「112..08.01~10」")]
    [InlineData("原文「112.02.11~31」")]
    [InlineData("原文「112.10.01~15 (下)110-2」")]
    [InlineData("原文「111.09.-111.01.(上)」")]
    [InlineData("原文「110.09.-111.02.(上) 111.02.-111.07.(下)」")]
    [InlineData("原文「111.02-.112.08.(下)」")]
    [InlineData("原文「111.09.-111.02.(上)111-1」")]
    [InlineData("原標題「111 年度」")]
    public void Each_seed_typo_is_corrected_with_a_comment_saying_why(string original)
    {
        var comment = SchoolCatalog.ShippedText("jingxin").Split('\n').Where(l => l.TrimStart().StartsWith('#')).ToList();
        comment.Should().Contain(l => l.Contains("更正") && l.Contains(original));
    }

    [Fact]
    public void The_checklist_of_a_year_gets_its_phases_from_every_semester()
    {
        var school = SchoolCatalog.Load("jingxin");
        var row = school.ChecklistRows(111, "十二年級").Single(r => r.Section == 2 && r.Item == 1);
        ScheduleResolver.PhasesFor(school, row).Should().ContainSingle().Which.ScheduledIn.Should().Be(Semester.Parse("110-2"));
        var year = ScheduleResolver.ResolveYear(school, 111);
        year.Select(p => p.Id).Should().Contain("111-1.artifact-upload").And.Contain("111-2.artifact-upload-g12").And.OnlyHaveUniqueItems();
    }
}

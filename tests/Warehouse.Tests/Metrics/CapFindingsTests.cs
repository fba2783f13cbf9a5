using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using static PortfolioAnalytics.Warehouse.Tests.Metrics.MetricsScenario;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>Caps of any shape from the school file's list: each cap a student's count breaks is a finding.</summary>
public sealed class CapFindingsTests
{
    private static readonly DateTime AfterUploads = At("2023-03-01T00:00");

    private static SchoolConfig School(string caps) => SchoolConfigReader.Read($"""
        code: "{MetricsScenario.School}"
        name: 測試高中
        caps:
        {caps}
        """, "test.yaml");

    private static List<FindingRow> Findings(SchoolConfig config, DateTime asOf)
    {
        using var s = new MetricsScenario(config);
        return s.Metrics.Findings(S1111, asOf).Where(f => f.Kind is FindingKinds.UploadOverCap or FindingKinds.UploadOverSubjectCap or FindingKinds.SelectionOverCap).ToList();
    }

    [Fact]
    public void A_cap_of_uploads_per_semester_loads_and_students_over_it_are_findings()
    {
        // 「每學期上傳課程學習成果至多 N 件」(新北): S01 uploaded 2 in 111-1, S06 2, everyone else 1.
        var config = School("""
              - item: artifact_uploads
                per: semester
                max: 9
            """);
        config.Caps.Items.Should().Equal(new Cap(CapItem.ArtifactUploads, CapPeriod.Semester, 9));
        Findings(config, AfterUploads).Should().BeEmpty();
        using (var s = new MetricsScenario(config))
        {
            // S04 uploads 9 more in 111-1 (10 in all): the 10th breaks the cap; a 110-2 upload does not count.
            s.Exec($"""
                INSERT INTO course_artifact (school_code, artifact_id, student_no, semester, course_id, uploaded_at, file_type, file_size_bytes)
                SELECT '{MetricsScenario.School}', 'B' || i, 'S04', '111-1', 'K2', TIMESTAMP '2023-01-21 10:00:00' + i * INTERVAL 1 HOUR, 'pdf', 1000
                FROM range(9) t(i);
                INSERT INTO course_artifact (school_code, artifact_id, student_no, semester, course_id, uploaded_at, file_type, file_size_bytes)
                VALUES ('{MetricsScenario.School}', 'OLD', 'S06', '110-2', 'K3', TIMESTAMP '2022-08-05 10:00:00', 'pdf', 1000);
                """);
            s.Metrics.Findings(S1111, At("2023-01-21T17:59")).Should().NotContain(f => f.Kind == FindingKinds.UploadOverCap);
            s.Metrics.Findings(S1111, At("2023-01-21T18:00")).Where(f => f.Kind == FindingKinds.UploadOverCap)
                .Select(f => f.Message).Should().Equal("S04 丁生（102）：111-1 上傳課程學習成果 10 件，超過上限 9 件；請導師提醒學生刪除多上傳的 1 件");
        }

        var one = School("""
              - item: artifact_uploads
                per: semester
                max: 1
            """);
        var rows = Findings(one, AfterUploads);
        rows.Select(r => (r.Kind, r.StudentNo)).Should().Equal((FindingKinds.UploadOverCap, "S01"), (FindingKinds.UploadOverCap, "S06"));
        rows[0].Rule.Should().Be("每學期上傳課程學習成果至多 1 件");
        rows[0].Message.Should().Be("S01 甲生（101）：111-1 上傳課程學習成果 2 件，超過上限 1 件；請導師提醒學生刪除多上傳的 1 件");
        rows[0].PhaseId.Should().Be(Upload.Id);
        Findings(one, At("2023-01-06T00:00")).Should().BeEmpty();   // S06's second upload came on 01-06, S01's on 01-11
    }

    [Fact]
    public void Per_subject_counts_each_subject_apart()
    {
        // S06 uploaded one 數學 and one 國語文: 2 in the semester, 1 per subject.
        var rows = Findings(School("""
              - item: artifact_uploads
                per: semester
                per_subject: true
                max: 1
            """), AfterUploads);
        rows.Select(r => (r.Kind, r.StudentNo)).Should().Equal((FindingKinds.UploadOverSubjectCap, "S01"));
    }

    [Fact]
    public void A_yearly_cap_on_achievement_uploads_and_a_lower_selection_cap()
    {
        var config = School("""
              - item: achievement_uploads
                per: school_year
                max: 0
              - item: artifact_selections
                per: school_year
                max: 3
            """);
        config.Caps.ArtifactSelectionsPerYear.Should().Be(3);
        config.Caps.AchievementSelectionsPerYear.Should().Be(Caps.NationalAchievementSelections);
        var rows = Findings(config, At("2023-04-13T00:00"));
        rows.Select(r => (r.Kind, r.StudentNo, r.Rule)).Should().Equal(
            (FindingKinds.UploadOverCap, "S01", "每學年上傳多元表現至多 0 件"),
            (FindingKinds.UploadOverCap, "S02", "每學年上傳多元表現至多 0 件"),
            (FindingKinds.SelectionOverCap, "S02", "每學年勾選課程學習成果至多 3 件"));
        rows[0].Message.Should().StartWith("S01 甲生（101）：111 學年度 上傳多元表現 1 件，超過上限 0 件");
    }

    [Fact]
    public void The_national_selection_caps_hold_when_the_list_does_not_name_them()
    {
        var rows = Findings(School("""
              - item: artifact_uploads
                per: semester
                max: 9
            """), At("2023-04-13T00:00"));
        rows.Should().ContainSingle().Which.Rule.Should().Be("每學年勾選課程學習成果至多 6 件");
    }

    [Fact]
    public void The_old_fixed_keys_read_into_the_list()
    {
        var config = School("  artifact_selections_per_year: 5\n  uploads_per_subject_per_semester: 3");
        config.Caps.Should().Be(new Caps(5, 10, 3));
        config.Caps.Items.Should().Equal(
            new Cap(CapItem.ArtifactSelections, CapPeriod.SchoolYear, 5),
            new Cap(CapItem.AchievementSelections, CapPeriod.SchoolYear, 10),
            new Cap(CapItem.ArtifactUploads, CapPeriod.Semester, 3, PerSubject: true));
        config.Caps.UploadsPerSubjectPerSemester.Should().Be(3);
    }

    [Fact]
    public void Mistakes_in_the_list_are_reported_at_their_line_and_column()
    {
        var e = FluentActions.Invoking(() => School("""
              - item: artifact_upload
                per: semester
                max: 9
              - item: achievement_uploads
                per: month
                per_subject: true
                max: 3
              - item: artifact_selections
                per: school_year
                max: 7
            """)).Should().Throw<SchoolConfigException>().Which;
        e.Errors.Select(x => (x.Line, x.Column)).Should().Equal((4, 11), (8, 10), (9, 18), (13, 10));
        e.Errors[0].Message.Should().Contain("上限的項目「artifact_upload」不存在");
        e.Errors[1].Message.Should().Contain("上限的期間「month」不存在");
        e.Errors[2].Message.Should().Contain("多元表現沒有科目");
        e.Errors[3].Message.Should().Contain("「max」應為 0 到 6 的整數");
        e.Message.Should().Contain("test.yaml:4:11：");
    }
}

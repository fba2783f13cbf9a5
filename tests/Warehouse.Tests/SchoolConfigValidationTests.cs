using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Tests;

/// <summary>A school file is checked on load; every problem names file:line:column and says what is wrong (zh-TW).</summary>
public class SchoolConfigValidationTests
{
    private const string Valid = """
        code: "000001"
        name: 測試高中
        schedules:
          - semester: 111-1
            phases:
              - id: up
                kind: 學生上傳課程學習成果
                title: 上傳
                data: 111-1
                window: 112.01.01~112.02.03
                grades: [10]
                units: [各班導師]
        """;

    private static SchoolConfigException Fails(string yaml) =>
        FluentActions.Invoking(() => SchoolConfigReader.Read(yaml, "test.yaml")).Should().Throw<SchoolConfigException>().Which;

    [Theory]
    [InlineData("jingxin")]
    [InlineData("kaohsiung-commercial")]
    public void Both_shipped_files_load(string name)
    {
        var config = SchoolCatalog.Load(name);
        config.Name.Should().NotBeEmpty();
        config.SourceText.Should().NotBeNullOrEmpty();
        config.ScheduledSemesters.Should().Contain(Calendar.Semester.Parse("111-1"));
        config.Checklist.Should().NotBeEmpty();
    }

    [Fact]
    public void A_minimal_file_loads()
    {
        var config = SchoolConfigReader.Read(Valid, "test.yaml");
        config.Code.Should().Be("000001");
        config.Schedules.Should().ContainSingle();
    }

    [Fact]
    public void A_day_the_month_does_not_have_is_reported_at_its_line_and_column()
    {
        var e = Fails(Valid.Replace("112.01.01~112.02.03", "112.01.01~112.02.31", StringComparison.Ordinal));
        e.Errors.Should().ContainSingle();
        var error = e.Errors[0];
        (error.File, error.Line, error.Column).Should().Be(("test.yaml", 10, 17));
        error.Message.Should().Contain("112.02.31").And.Contain("只有 28 天");
        e.Message.Should().Contain("test.yaml:10:17：");
    }

    [Fact]
    public void A_doubled_separator_is_reported_not_guessed()
    {
        var e = Fails(Valid.Replace("112.01.01~", "112..01.01~", StringComparison.Ordinal));
        e.Errors.Should().ContainSingle().Which.Message.Should().Contain("連續的分隔符號");
        e.Errors[0].Line.Should().Be(10);
    }

    [Fact]
    public void A_misspelt_key_and_an_unknown_kind_are_both_reported()
    {
        var e = Fails(Valid.Replace("grades:", "grade:", StringComparison.Ordinal).Replace("學生上傳課程學習成果", "上傳成果", StringComparison.Ordinal));
        e.Errors.Should().Contain(x => x.Line == 7 && x.Column == 15 && x.Message.Contains("種類「上傳成果」不存在"));
        e.Errors.Should().Contain(x => x.Line == 11 && x.Column == 9 && x.Message.Contains("不認得欄位「grade」"));
        e.Errors.Should().Contain(x => x.Line == 6 && x.Message.Contains("需以 grades 指定年級"), "the misspelt key leaves the phase without grades");
        e.Errors.Should().HaveCount(3);
    }

    [Fact]
    public void A_year_typo_far_outside_the_school_year_is_reported()
    {
        var e = Fails(Valid.Replace("112.01.01~112.02.03", "111.02.09~111.02.17", StringComparison.Ordinal));
        e.Errors.Should().ContainSingle().Which.Message.Should().Contain("不在 111 學年度").And.Contain("筆誤");
        (e.Errors[0].Line, e.Errors[0].Column).Should().Be((6, 9));
    }

    [Fact]
    public void An_event_missing_from_the_calendar_is_reported_with_the_events_it_has()
    {
        var yaml = Valid.Replace("window: 112.01.01~112.02.03", "start: 第二次期中考結束 + 1天\n        end: 休業式 + 2週", StringComparison.Ordinal)
            + "\nevents:\n  111-1:\n    第二次期中考: 111.11.29~111.12.01\n";
        var e = Fails(yaml);
        e.Errors.Should().ContainSingle().Which.Message.Should().Contain("「休業式」").And.Contain("第二次期中考");
        e.Errors[0].Line.Should().Be(6);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_position()
    {
        var e = Fails("code: \"1\nname: x\n");
        e.Errors.Should().ContainSingle().Which.Message.Should().StartWith("YAML 格式錯誤");
        e.Errors[0].Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Checklist_rows_must_name_phases_that_exist()
    {
        var yaml = Valid + """

            checklists:
              - school_year: 111
                grade_group: 全校
                rows:
                  - { section: 4, item: 1, title: 上傳, units: [教學組], due: [112.02.], phases: [up, nope] }
            """;
        var e = Fails(yaml);
        e.Errors.Should().ContainSingle().Which.Message.Should().Contain("「nope」不存在");
        e.Errors[0].Line.Should().Be(17);
    }

    [Fact]
    public void An_unknown_school_name_says_what_exists()
    {
        FluentActions.Invoking(() => SchoolCatalog.Load("nowhere")).Should().Throw<FileNotFoundException>()
            .WithMessage("*jingxin*kaohsiung-commercial*");
    }
}

public class SchoolConfigPhaseRuleTests
{
    private const string Phase = """
        code: "1"
        name: 測試
        schedules:
          - semester: 111-1
            phases:
              - id: pick
                kind: 學生勾選
                title: 勾選
                data: 111-1
                window: 112.01.01~112.02.03
                units: [各班導師]
        """;

    [Fact]
    public void A_selection_needs_its_category_and_a_student_phase_its_grades()
    {
        var e = FluentActions.Invoking(() => SchoolConfigReader.Read(Phase, "t.yaml")).Should().Throw<SchoolConfigException>().Which;
        e.Errors.Select(x => x.Message).Should().Contain(m => m.Contains("category 應為")).And.Contain(m => m.Contains("grades"));
        e.Errors.Should().OnlyContain(x => x.Line == 6 && x.Column == 9);
    }

    [Fact]
    public void An_unknown_category_is_reported()
    {
        var yaml = Phase.Replace("units: [各班導師]", "units: [各班導師]\n        grades: [10]\n        category: 成果", StringComparison.Ordinal);
        var e = FluentActions.Invoking(() => SchoolConfigReader.Read(yaml, "t.yaml")).Should().Throw<SchoolConfigException>().Which;
        e.Errors.Should().Contain(x => x.Message.Contains("資料類別「成果」不存在") && x.Line == 13 && x.Column == 19);
    }
}

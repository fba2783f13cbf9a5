using System.Text.Json;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Dashboard.Output;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Tests;

public class ScheduleCommandTests
{
    [Fact]
    public void The_jingxin_111_1_table_prints_the_seed_rows_with_ROC_dates()
    {
        var text = ScheduleCommand.Render(SchoolCatalog.Load("jingxin"), Semester.Parse("111-1"));
        var lines = text.Split('\n');
        lines[0].Should().Be("臺北市私立靜心高級中學 111 學年度第一學期學生學習歷程檔案相關作業日程表（111.09.29 工作小組會議擬訂）");
        lines.Should().Contain(l => l.StartsWith("111.08.01 至 111.08.15  十一、十二年級上傳 110-2 課程學習成果", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("111.09.16 前", StringComparison.Ordinal) && l.Contains("開課預檢"));
        lines.Should().Contain(l => l.StartsWith("112.01.01 至 112.02.03  十、十一、十二年級上傳 111-1 課程學習成果（至少 1 件）", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("112.02.09 至 112.02.17  各處室自我檢核", StringComparison.Ordinal));
        text.Should().Contain("【執行檢核表所列、日程表未列之項目】");
    }

    [Fact]
    public void Columns_line_up_on_a_terminal_with_chinese_text()
    {
        var text = ScheduleCommand.Render(SchoolCatalog.Load("jingxin"), Semester.Parse("111-2"));
        var table = text.Split('\n').SkipWhile(l => !l.StartsWith("期間", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();
        var header = table[0];
        var secondColumn = TextTable.Width(header[..header.IndexOf("相關作業內容", StringComparison.Ordinal)]);
        foreach (var row in table.Skip(2))
        {
            var i = row.IndexOf("  ", StringComparison.Ordinal);
            while (row[i] == ' ') i++;
            TextTable.Width(row[..i]).Should().Be(secondColumn, row);
        }
    }

    [Fact]
    public void Relative_windows_show_their_rule_and_the_event_calendar()
    {
        var text = ScheduleCommand.Render(SchoolCatalog.Load("kaohsiung-commercial"), Semester.Parse("111-1"));
        text.Should().Contain("行事曆：第二次期中考 111.11.29 至 111.12.01；休業式 112.01.19；教育部提交期限 112.03.10");
        text.Should().Contain("111.12.02 至 112.02.02  第二次期中考結束 + 1天 至 休業式 + 2週");
        text.Should().Contain("112.02.17 前");
    }

    [Fact]
    public void Deadline_only_phases_say_where_their_start_was_assumed()
    {
        var text = ScheduleCommand.Render(SchoolCatalog.Load("jingxin"), Semester.Parse("111-1"));
        text.Should().Contain("注意：下列").And.Contain("個階段只有截止日，開始日假設為111學年度第1學期開始日 111.08.01")
            .And.Contain("將該階段的 due: 改寫為 start: 與 end:");
        text.Should().Contain("  - 111-1.course-precheck「提交 111 學年度第 1 學期的「預檢_修課紀錄名冊」，進行【開課預檢】」：假設自 111.08.01 起，至 111.09.16 截止");

        var kaohsiung = ScheduleCommand.Render(SchoolCatalog.Load("kaohsiung-commercial"), Semester.Parse("111-1"));
        kaohsiung.Should().Contain("  - 111-1.artifact-selection「");
    }

    [Fact]
    public void Json_gives_every_phase_with_stable_fields()
    {
        using var doc = JsonDocument.Parse(ScheduleCommand.Json(SchoolCatalog.Load("jingxin"), Semester.Parse("111-1")));
        doc.RootElement.GetProperty("semester").GetString().Should().Be("111-1");
        var phases = doc.RootElement.GetProperty("phases").EnumerateArray().ToList();
        var upload = phases.Single(p => p.GetProperty("id").GetString() == "111-1.artifact-upload");
        upload.GetProperty("start_roc").GetString().Should().Be("112.01.01");
        upload.GetProperty("end").GetString().Should().Be("2023-02-03T23:59:59");
        upload.GetProperty("kind").GetString().Should().Be("ArtifactUpload");
        upload.GetProperty("checklist").GetArrayLength().Should().Be(2);
    }
}

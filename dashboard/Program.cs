using System.CommandLine;
using PortfolioAnalytics.Dashboard.Commands;

var root = new RootCommand("PortfolioAnalytics：學生學習歷程檔案 進度統計、自我檢核與敘獎")
{
    DemoCommand.Create(),
    LoadCommand.Create(),
    ScheduleCommand.Create(),
    CompletionCommand.Create(),
    FindingsCommand.Create(),
    ReportCommand.Create(),
    ServeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();

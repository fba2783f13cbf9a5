using System.CommandLine;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>The <c>portfolio</c> command line: every command, as Program runs it and the README's examples are checked against.</summary>
internal static class PortfolioCli
{
    public static RootCommand Root() => new("PortfolioAnalytics：學生學習歷程檔案 進度統計、自我檢核與敘獎")
    {
        DemoCommand.Create(),
        LoadCommand.Create(),
        ScheduleCommand.Create(),
        CompletionCommand.Create(),
        FindingsCommand.Create(),
        ReportCommand.Create(),
        ExportLakeCommand.Create(),
        ServeCommand.Create(),
    };
}

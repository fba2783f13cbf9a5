using System.CommandLine;

namespace PortfolioAnalytics.Dashboard.Commands;

internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "產生報表（自我檢核、敘獎、追蹤名單、家長通知）");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("portfolio report：尚未實作");
            return 2;
        });
        return command;
    }
}

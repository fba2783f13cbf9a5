using System.CommandLine;

namespace PortfolioAnalytics.Dashboard.Commands;

internal static class ScheduleCommand
{
    public static Command Create()
    {
        var command = new Command("schedule", "列出學校作業日程表（已換算日期）");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("portfolio schedule：尚未實作");
            return 2;
        });
        return command;
    }
}

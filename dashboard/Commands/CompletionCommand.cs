using System.CommandLine;

namespace PortfolioAnalytics.Dashboard.Commands;

internal static class CompletionCommand
{
    public static Command Create()
    {
        var command = new Command("completion", "各階段完成情形");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("portfolio completion：尚未實作");
            return 2;
        });
        return command;
    }
}

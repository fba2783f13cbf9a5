using System.CommandLine;

namespace PortfolioAnalytics.Dashboard.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "啟動儀表板網站");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("portfolio serve：尚未實作");
            return 2;
        });
        return command;
    }
}

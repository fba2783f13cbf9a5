using System.CommandLine;

namespace PortfolioAnalytics.Dashboard.Commands;

internal static class LoadCommand
{
    public static Command Create()
    {
        var command = new Command("load", "載入校務行政系統匯出檔至倉儲");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("portfolio load：尚未實作");
            return 2;
        });
        return command;
    }
}

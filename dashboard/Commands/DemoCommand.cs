using System.CommandLine;

namespace PortfolioAnalytics.Dashboard.Commands;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "產生示範學校的匯出檔、載入倉儲並開啟儀表板");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("portfolio demo：尚未實作");
            return 2;
        });
        return command;
    }
}

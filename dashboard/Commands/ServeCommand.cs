using System.CommandLine;
using PortfolioAnalytics.Dashboard.Hosting;

namespace PortfolioAnalytics.Dashboard.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var warehouse = new Option<FileInfo?>("--warehouse") { Description = "倉儲檔（DuckDB）；只用 --hash-password 時不需要" };
        var urls = new Option<string>("--urls") { Description = "監聽位址", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var school = new Option<string?>("--school") { Description = "學校設定（內建名稱或 YAML 檔路徑）；省略則用最近一次載入所用的設定" };
        var settings = new Option<FileInfo?>("--settings") { Description = "額外的設定檔（JSON，覆蓋 appsettings.json）" };
        var hash = new Option<string?>("--hash-password") { Description = "只印出此密碼的雜湊值（供設定檔 Dashboard:Accounts 使用）後結束" };
        var command = new Command("serve", "啟動儀表板網站與排程") { warehouse, urls, school, settings, hash };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(hash) is { } password)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(new Security.AccountStore.Hasher().Hash(password));
                return 0;
            }
            if (parse.GetValue(warehouse) is not { } file)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("請以 --warehouse 指定倉儲檔，例如：portfolio serve --warehouse ./demo-data/warehouse.duckdb");
                return 2;
            }
            return await DashboardHost.RunAsync(new DashboardOptions
            {
                WarehousePath = file.FullName,
                Urls = parse.GetValue(urls)!,
                School = parse.GetValue(school),
                SettingsPath = parse.GetValue(settings)?.FullName,
            }, ct);
        });
        return command;
    }
}

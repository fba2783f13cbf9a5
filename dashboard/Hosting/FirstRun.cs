using System.Security.Cryptography;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>Accounts at start: configured ones, the demo's seeds, and the first administrator when there is none.</summary>
internal static class FirstRun
{
    public static void EnsureAccounts(IServiceProvider services, DashboardSettings settings, DashboardOptions options, TextWriter console)
    {
        var store = services.GetRequiredService<AccountStore>();
        var schools = services.GetRequiredService<Data.SchoolRegistry>().All;
        // In a one-school warehouse an account without a school is that school's (the bureau and administrators choose).
        Account WithSchool(Account a) => a.SchoolCode is null && schools.Count == 1 && a.Role is not (Role.Bureau or Role.Admin)
            ? a with { SchoolCode = schools[0].Code } : a;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("FirstRun");
        foreach (var c in settings.Accounts)
        {
            if (!RoleNames.TryParse(c.Role, out var role))
                throw new InvalidOperationException($"設定檔帳號「{c.UserName}」的角色「{c.Role}」不存在（可用：{string.Join("、", Enum.GetNames<Role>())}）");
            store.SaveHash(WithSchool(new Account(c.UserName, c.DisplayName ?? c.UserName, role, c.StaffNo, c.Email, c.SchoolCode)), c.PasswordHash);
        }
        foreach (var seed in options.Accounts)
            if (store.Find(seed.Account.UserName) is null)
                store.Save(WithSchool(seed.Account), seed.Password);

        if (store.Count() > 0) return;
        var password = settings.InitialAdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        store.Save(new Account(settings.InitialAdminUser, "系統管理員", Role.Admin, null, null), password!);
        log.LogInformation("First run: created the administrator account {UserName}", settings.InitialAdminUser);
        if (generated)
        {
            // The password goes to the console and a file only the server's user can read, never to the log.
            var file = Path.Combine(settings.DataDirectory, "initial-admin.txt");
            File.WriteAllText(file, $"帳號：{settings.InitialAdminUser}\n密碼：{password}\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            console.WriteLine($"首次啟動：已建立管理員帳號「{settings.InitialAdminUser}」，密碼「{password}」（亦存於 {file}，登入後請至「帳號管理」變更）。");
        }
    }
}

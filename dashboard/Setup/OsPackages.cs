using System.Diagnostics;

namespace PortfolioAnalytics.Dashboard.Setup;

/// <summary>
/// Installs the Debian packages the product needs at run time (Chinese fonts, Chromium for PDF printing) when they are
/// missing, saying so — the README's demo command needs no set-up step. Off Debian it only reports what is missing.
/// </summary>
internal static class OsPackages
{
    public static readonly string[] ForDocuments = ["chromium", "fonts-noto-cjk", "fonts-wqy-zenhei"];

    /// <summary>True when every package is present afterwards.</summary>
    public static bool Ensure(IReadOnlyList<string> packages, TextWriter log)
    {
        if (!File.Exists("/usr/bin/dpkg")) return true;
        var missing = packages.Where(p => Run("dpkg", ["-s", p], quiet: true) != 0).ToList();
        if (missing.Count == 0) return true;

        log.WriteLine($"正在安裝缺少的系統套件（中文字型、Chromium）：{string.Join(" ", missing)}");
        var asRoot = Environment.UserName == "root";
        if (!asRoot && !File.Exists("/usr/bin/sudo"))
        {
            log.WriteLine($"需要 root 權限才能安裝，請執行：apt-get install {string.Join(" ", missing)}");
            return false;
        }
        var ok = Apt(asRoot, ["update", "-qq"]) == 0
                 && Apt(asRoot, ["install", "-y", "-qq", "--no-install-recommends", .. missing]) == 0;
        log.WriteLine(ok ? $"已安裝：{string.Join(" ", missing)}" : $"安裝失敗，請手動執行：apt-get install {string.Join(" ", missing)}");
        return ok;
    }

    private static int Apt(bool asRoot, string[] args) =>
        asRoot ? Run("apt-get", args, quiet: true) : Run("sudo", ["apt-get", .. args], quiet: true);

    private static int Run(string program, IEnumerable<string> args, bool quiet)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = quiet, RedirectStandardError = quiet };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var p = Process.Start(info)!;
        if (quiet)
        {
            p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
        }
        p.WaitForExit();
        return p.ExitCode;
    }
}

using System.Diagnostics;
using PortfolioAnalytics.Reports.Documents;

namespace PortfolioAnalytics.Reports.Rendering;

/// <summary>
/// What printing needs from the machine: Debian's Chromium and a Chinese font. A missing one is a zh-TW error naming
/// the package to install, never boxes in a PDF or a stack trace.
/// </summary>
internal static class Prerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Font families in order of preference; the first one installed is used.</summary>
    public static readonly (string Family, string Package)[] ChineseFonts =
    [
        ("Noto Sans CJK TC", "fonts-noto-cjk"),
        ("WenQuanYi Zen Hei", "fonts-wqy-zenhei"),
    ];

    private static readonly Lazy<IReadOnlySet<string>> InstalledFamilies = new(ReadFamilies);

    public static void RequireChromium(string path = ChromiumPath)
    {
        if (!File.Exists(path))
            throw new ReportEnvironmentException(
                $"找不到 Chromium 瀏覽器（{path}），無法產生 PDF。請以系統管理員身分安裝：apt-get install chromium");
    }

    /// <summary>The families of <see cref="ChineseFonts"/> that fontconfig knows.</summary>
    public static IReadOnlyList<string> AvailableChineseFonts() =>
        ChineseFonts.Where(f => InstalledFamilies.Value.Contains(f.Family)).Select(f => f.Family).ToList();

    public static void RequireChineseFont()
    {
        if (AvailableChineseFonts().Count == 0)
            throw new ReportEnvironmentException(
                "找不到中文字型（Noto Sans CJK TC 或 WenQuanYi Zen Hei），報表的中文會變成方框。" +
                "請以系統管理員身分安裝：apt-get install fonts-noto-cjk fonts-wqy-zenhei");
    }

    /// <summary>The family a chart uses: WenQuanYi Zen Hei lays out ScottPlot's ticks correctly, Noto Sans CJK misplaces them.</summary>
    public static string ChartFont()
    {
        var available = AvailableChineseFonts();
        if (available.Contains("WenQuanYi Zen Hei")) return "WenQuanYi Zen Hei";
        RequireChineseFont();
        return available[0];
    }

    private static IReadOnlySet<string> ReadFamilies()
    {
        var families = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var info = new ProcessStartInfo("fc-list", [":", "family"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            foreach (var line in output.Split('\n'))
            foreach (var name in line.Split(','))
                if (name.Trim().Length > 0) families.Add(name.Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ReportEnvironmentException(
                "找不到 fc-list（fontconfig），無法確認中文字型是否已安裝。請以系統管理員身分安裝：apt-get install fontconfig fonts-noto-cjk fonts-wqy-zenhei");
        }
        return families;
    }
}

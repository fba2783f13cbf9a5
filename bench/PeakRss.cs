using System.Globalization;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// Peak resident memory (Linux). A child process is run under <c>/usr/bin/time -f %M</c>, which reports its VmHWM when
/// it exits. For a step inside this process the kernel's high-water mark is reset first (writing 5 to
/// /proc/self/clear_refs sets VmHWM to the current RSS) and read after: the figure is this process's peak during the
/// step, baseline included — not a difference of two samples, which would miss a peak between them.
/// </summary>
internal static class PeakRss
{
    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux or not allowed: the reading below is then the process's peak so far, which is still an upper bound.
        }
    }

    /// <summary>VmHWM of this process in MB; null where /proc is absent.</summary>
    public static double? ReadMb()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : KbToMb(long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
    }

    public static double KbToMb(long kb) => Math.Round(kb / 1024.0, 1);
}

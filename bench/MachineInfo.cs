using System.Globalization;
using System.Runtime.InteropServices;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// The machine a run was taken on, read from /proc when the run starts: a figure means little without the cores,
/// memory and how busy the machine already was (load average).
/// </summary>
internal sealed record MachineInfo(string Os, string? CpuModel, int Cores, long? MemoryMb, IReadOnlyList<double>? LoadAverage)
{
    public static MachineInfo Read() => new(RuntimeInformation.OSDescription, ReadCpuModel(), Environment.ProcessorCount, ReadMemoryMb(), LoadAverageNow());

    private static string? ReadCpuModel() => ProcLines("/proc/cpuinfo")
        .Where(l => l.StartsWith("model name", StringComparison.Ordinal))
        .Select(l => l[(l.IndexOf(':') + 1)..].Trim())
        .FirstOrDefault();

    private static long? ReadMemoryMb() => ProcLines("/proc/meminfo")
        .Where(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
        .Select(l => (long?)long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
        .FirstOrDefault();

    /// <summary>1, 5 and 15 minute load averages.</summary>
    public static IReadOnlyList<double>? LoadAverageNow() => ProcLines("/proc/loadavg")
        .Select(l => (IReadOnlyList<double>)l.Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList())
        .FirstOrDefault();

    private static IEnumerable<string> ProcLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}

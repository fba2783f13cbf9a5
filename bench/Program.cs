using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using PortfolioAnalytics.Bench;

// The benchmark harness: whole-pipeline timings on demo schools of the given sizes, written as JSON.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var started = DateTime.UtcNow;
var machine = MachineInfo.Read();
Console.WriteLine($"{machine.CpuModel}，{machine.Cores} 核，{machine.MemoryMb:N0} MB，負載 {string.Join(" / ", machine.LoadAverage ?? [])}");
var pipeline = new Pipeline(options, Console.Out);
var sizes = new List<SizeResult>();
foreach (var students in options.Sizes)
    sizes.Add(options.Schools > 1 ? SchoolsPipeline.Run(options, students, Console.Out) : await pipeline.RunAsync(students));

const string Method = "Each step runs once cold, then --repeat times; median_ms is the median of the runs after the cold one, "
    + "cold_ms the first. runs_as 'process': a fresh `portfolio` process per run (wall time start to exit, peak RSS = the "
    + "child's VmHWM from /usr/bin/time -f %M). runs_as 'in-process': inside the bench; peak RSS = the bench's VmHWM after "
    + "resetting it (echo 5 > /proc/self/clear_refs) before each run, baseline included. Ceiling: DuckDB read_csv "
    + "(all_varchar, header) of the same export CSV files into plain tables of a fresh database file, through DuckDB.NET "
    + "in-process; Big5 files read as latin-1. load_vs_read_csv = ceiling median ms / load median ms (same rows). "
    + "Top-level ratios are those of the largest size.";
var report = new BenchReport(started, GitCommit(), machine, MachineInfo.LoadAverageNow(), RuntimeInformation.FrameworkDescription,
    options.Repeat, Method, sizes, sizes[^1].Ratios);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
await File.WriteAllTextAsync(options.Output, JsonSerializer.Serialize(report,
    new JsonSerializerOptions
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));
Console.WriteLine($"結果已寫入 {options.Output}");
return 0;

static string? GitCommit()
{
    try
    {
        using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
        var commit = git!.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return git.ExitCode == 0 ? commit : null;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}

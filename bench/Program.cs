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
var pipeline = new Pipeline(options, Console.Out);
var sizes = new List<SizeResult>();
foreach (var students in options.Sizes) sizes.Add(await pipeline.RunAsync(students));

var report = new BenchReport(started, GitCommit(), RuntimeInformation.OSDescription, Environment.ProcessorCount,
    RuntimeInformation.FrameworkDescription, options.Repeat, sizes);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
await File.WriteAllTextAsync(options.Output, JsonSerializer.Serialize(report,
    new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
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

using System.Diagnostics;
using System.Globalization;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// Runs a command as the user runs it — a fresh process — under /usr/bin/time, returning the wall time the caller
/// waited (start to exit) and the child's peak RSS.
/// </summary>
internal static class ChildProcess
{
    public sealed record Run(double Ms, double? PeakRssMb, int ExitCode, string StdErr);

    public static Run Start(string program, IReadOnlyList<string> args)
    {
        var timeFile = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-f", "%M", "-o", timeFile, program }.Concat(args)) info.ArgumentList.Add(a);
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"無法啟動 {program}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var ms = watch.Elapsed.TotalMilliseconds;
            _ = stdout.Result;
            var peakKb = File.ReadLines(timeFile).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0 && l.All(char.IsDigit));
            return new Run(ms, peakKb is null ? null : PeakRss.KbToMb(long.Parse(peakKb, CultureInfo.InvariantCulture)),
                process.ExitCode, stderr.Result);
        }
        finally
        {
            File.Delete(timeFile);
        }
    }
}

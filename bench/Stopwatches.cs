using System.Diagnostics;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// Runs a step once cold and then <c>repeat</c> more times; the cold run is reported apart (it is what a user waits
/// for after a start) and the median of the others is kept, so one slow run (a GC, the other core busy) does not decide.
/// </summary>
internal static class Stopwatches
{
    public static async Task<StepResult> TimeAsync(string step, int repeat, Func<Task<(long? Rows, long? Bytes)>> run)
    {
        var runs = new List<double>();
        double? peak = null;
        (long? Rows, long? Bytes) last = default;
        for (var i = 0; i < 1 + repeat; i++)
        {
            PeakRss.Reset();
            var watch = Stopwatch.StartNew();
            last = await run();
            runs.Add(watch.Elapsed.TotalMilliseconds);
            peak = Max(peak, PeakRss.ReadMb());
        }
        return Result(step, "in-process", runs, peak, last.Rows, last.Bytes);
    }

    public static Task<StepResult> Time(string step, int repeat, Func<(long? Rows, long? Bytes)> run) =>
        TimeAsync(step, repeat, () => Task.FromResult(run()));

    /// <summary>A fresh process per run; <paramref name="before"/> runs untimed before each (e.g. deleting the warehouse).</summary>
    public static StepResult TimeProcess(string step, int repeat, string program, IReadOnlyList<string> args, long? rows,
        Action? before = null, Func<int, bool>? succeeded = null)
    {
        var runs = new List<double>();
        double? peak = null;
        for (var i = 0; i < 1 + repeat; i++)
        {
            before?.Invoke();
            var run = ChildProcess.Start(program, args);
            if (!(succeeded ?? (code => code == 0))(run.ExitCode))
                throw new InvalidOperationException($"{step}：{program} 結束碼 {run.ExitCode}\n{run.StdErr}");
            runs.Add(run.Ms);
            peak = Max(peak, run.PeakRssMb);
        }
        return Result(step, "process", runs, peak, rows, null);
    }

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static StepResult Result(string step, string runsAs, List<double> runs, double? peak, long? rows, long? bytes)
    {
        var warm = (runs.Count > 1 ? runs.Skip(1) : runs).Order().ToList();
        var median = warm.Count % 2 == 1 ? warm[warm.Count / 2] : (warm[warm.Count / 2 - 1] + warm[warm.Count / 2]) / 2;
        var p95 = warm[Math.Max(0, (int)Math.Ceiling(0.95 * warm.Count) - 1)];
        return new StepResult(step, runsAs, Math.Round(runs[0], 1), Math.Round(median, 1), runs.Select(r => Math.Round(r, 1)).ToList(),
            peak, rows, bytes, Math.Round(p95, 1));
    }
}

using System.Diagnostics;

namespace PortfolioAnalytics.Bench;

/// <summary>Runs a step N times and keeps the median, so one slow run (a GC, the other core busy) does not decide.</summary>
internal static class Stopwatches
{
    public static async Task<StepResult> TimeAsync(string step, int repeat, Func<Task<(long? Rows, long? Bytes)>> run)
    {
        var runs = new List<double>();
        (long? Rows, long? Bytes) last = default;
        for (var i = 0; i < repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            last = await run();
            runs.Add(watch.Elapsed.TotalMilliseconds);
        }
        var sorted = runs.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return new StepResult(step, Math.Round(median, 1), runs.Select(r => Math.Round(r, 1)).ToList(), last.Rows, last.Bytes);
    }

    public static Task<StepResult> Time(string step, int repeat, Func<(long? Rows, long? Bytes)> run) =>
        TimeAsync(step, repeat, () => Task.FromResult(run()));
}

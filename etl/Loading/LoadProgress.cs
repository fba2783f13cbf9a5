using System.Diagnostics;
using System.Globalization;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>Reports (file, rows, rows/s) at most four times a second, and once when a file is done.</summary>
internal sealed class LoadProgress(IProgress<string>? sink)
{
    private readonly Stopwatch _file = new();
    private long _lastReport;

    public void Start() => _file.Restart();

    public void Rows(string file, long rows, bool done = false)
    {
        if (sink is null) return;
        var now = _file.ElapsedMilliseconds;
        if (!done && now - _lastReport < 250) return;
        _lastReport = now;
        var rate = rows / Math.Max(_file.Elapsed.TotalSeconds, 0.001);
        sink.Report(string.Create(CultureInfo.InvariantCulture,
            $"{file}：{rows:N0} 列（{rate:N0} 列/秒）{(done ? " 完成" : "")}"));
    }

    public void Step(string text) => sink?.Report(text);
}

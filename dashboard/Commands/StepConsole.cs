using System.Globalization;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// What a long command says while it works: a line as each step starts, and for steps with many parts a progress bar
/// rewritten in place on a terminal, or one plain line per finished part when the output is redirected.
/// </summary>
internal sealed class StepConsole(TextWriter output, bool terminal)
{
    private const int BarWidth = 24;
    private int _lineWidth;

    /// <summary>The console itself: a bar on a terminal, plain lines when redirected.</summary>
    public static StepConsole For(TextWriter output) =>
        new(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);

    public bool Terminal => terminal;

    /// <summary>"▶ 載入倉儲……": said before the step starts, so nothing runs silently.</summary>
    public void Step(string doing)
    {
        EndLine();
        output.WriteLine($"▶ {doing}……");
        output.Flush();
    }

    public void Line(string text)
    {
        EndLine();
        output.WriteLine(text);
    }

    /// <summary>[██████░░░░] 5/12 label — in place on a terminal; a plain "  5/12 label" line otherwise.</summary>
    public void Progress(int done, int total, string label)
    {
        if (!terminal)
        {
            output.WriteLine($"  {done}/{total} {label}");
            return;
        }
        var filled = total == 0 ? BarWidth : BarWidth * done / total;
        Rewrite($"  [{new string('█', filled)}{new string('░', BarWidth - filled)}] {done}/{total} {label}");
    }

    /// <summary>A free-form status rewritten in place on a terminal (a loader's rows/s); dropped when redirected.</summary>
    public void Status(string text)
    {
        if (terminal) Rewrite("  " + text);
    }

    /// <summary>Ends a line rewritten in place, so the next output starts on a fresh line.</summary>
    public void EndLine()
    {
        if (_lineWidth == 0) return;
        output.Write("\r\u001b[K");
        output.Flush();
        _lineWidth = 0;
    }

    private void Rewrite(string text)
    {
        output.Write($"\r\u001b[K{text}");
        output.Flush();
        _lineWidth = text.Length;
    }

    public static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒";

    /// <summary>The loader's progress ("file：n 列（r 列/秒）") shown in place; finished files as lines when redirected.</summary>
    public IProgress<string> LoadProgress() => new LoaderSink(this);

    private sealed class LoaderSink(StepConsole console) : IProgress<string>
    {
        public void Report(string value)
        {
            if (console.Terminal) console.Status(value);
            else if (value.EndsWith("完成", StringComparison.Ordinal)) console.Line("  " + value);
        }
    }
}

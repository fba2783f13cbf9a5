using System.Globalization;
using PortfolioAnalytics.Warehouse.People;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>
/// Renders a log line as Serilog would, then masks every national ID in it (message, properties and exception
/// alike): a rejected row quoted in an error never reaches the console or the log file in clear.
/// </summary>
public sealed class MaskingLogFormatter(string template) : ITextFormatter
{
    public static MaskingLogFormatter Console { get; } = new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");

    public static MaskingLogFormatter File { get; } = new("{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}");

    private readonly MessageTemplateTextFormatter _inner = new(template, CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var line = new StringWriter(CultureInfo.InvariantCulture);
        _inner.Format(logEvent, line);
        output.Write(NationalId.MaskIn(line.ToString()));
    }
}

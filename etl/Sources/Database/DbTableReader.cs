using System.Data.Common;
using System.Globalization;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// A query's result as a table of text, so the loader parses and rejects database rows exactly as it does file rows:
/// dates as ISO, booleans as 是/否, numbers invariant. Row numbers count from 2 (1 is the header, as in a file).
/// Tracks the newest watermark; a provider fault mid-read becomes a <see cref="SourceFaultException"/>.
/// </summary>
internal sealed class DbTableReader(DbDataReader reader, int watermarkAt, SourceConnector connector, string displayName,
    Action<long, Watermark?> finished) : ITableReader
{
    public string Encoding => "database";

    public IReadOnlyList<string> Header { get; } = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();

    public IEnumerable<SourceRow> Rows()
    {
        long line = 1;
        Watermark? newest = null;
        var values = new object[reader.FieldCount];
        while (Next())
        {
            line++;
            reader.GetValues(values);
            var fields = values.Select(Text).ToArray();
            if (Watermark.Of(values[watermarkAt]) is { } w && w.After(newest)) newest = w;
            yield return new SourceRow(line, fields, string.Join(",", fields.Select(Quote)));
        }
        finished(line - 1, newest);
    }

    private bool Next()
    {
        try
        {
            return reader.Read();
        }
        catch (Exception e) when (connector.Explain(e) is { } reason)
        {
            throw new SourceFaultException($"讀取「{displayName}」時：{reason}", e);
        }
    }

    internal static string Text(object? v) => v switch
    {
        null or DBNull => "",
        string s => s,
        DateTime { Kind: DateTimeKind.Utc } t => t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.LocalDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    private static string Quote(string field) =>
        field.Contains(',') || field.Contains('"') || field.Contains('\n') ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    public void Dispose() => reader.Dispose();
}

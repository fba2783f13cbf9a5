using System.Collections.Concurrent;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Reads and parses a table's rows on a worker thread while the caller appends the previous batches to DuckDB, so a
/// 2-core machine does both at once. At most <see cref="Depth"/> batches wait (memory stays bounded); rows keep their
/// order; an exception of the reader (a broken file) reaches the caller as it was thrown.
/// </summary>
internal static class ParsePipeline
{
    private const int BatchRows = 2048;
    private const int Depth = 4;

    public static void Run(ITableReader reader, RowParser parser, List<Reject> rejects, Action<ParsedRow> append)
    {
        using var cancel = new CancellationTokenSource();
        using var batches = new BlockingCollection<List<ParsedRow>>(Depth);
        var worker = Task.Run(() =>
        {
            try
            {
                var batch = new List<ParsedRow>(BatchRows);
                foreach (var row in reader.Rows())
                {
                    var values = parser.Parse(row, out var reject);
                    if (reject is not null) rejects.Add(reject);
                    batch.Add(new ParsedRow(row, values, reject is not null));
                    if (batch.Count < BatchRows) continue;
                    batches.Add(batch, cancel.Token);
                    batch = new List<ParsedRow>(BatchRows);
                }
                if (batch.Count > 0) batches.Add(batch, cancel.Token);
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, cancel.Token);

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
                foreach (var row in batch) append(row);
        }
        catch
        {
            cancel.Cancel();
            try { worker.Wait(); } catch (AggregateException) { }
            throw;
        }
        worker.GetAwaiter().GetResult();
    }
}

using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// What reading one file into staging gave; Headers maps each canonical header to the one the file uses; FutureDates
/// are the dates after the export in rows kept (the future_dates warn check).
/// </summary>
internal sealed record StagedFile(string Encoding, string Sha256, long Read, IReadOnlyList<Reject> Rejects, string? Stopped,
    IReadOnlyDictionary<string, string> Headers, IReadOnlyList<Reject> FutureDates);

/// <summary>Reads one kind's table (an export file, a query) row by row into its kind's staging table; a broken file leaves staging empty.</summary>
internal static class FileStager
{
    /// <param name="sha">The table's fingerprint (<see cref="IRecordSource.Fingerprint"/>), recorded with the load.</param>
    public static StagedFile Stage(DuckDBConnection c, KindSpec kind, SchoolConfig school, IRecordSource source, ManifestFile file,
        string sha, string displayName, LoadProgress progress, DateTime exportedAt, LoadOptions options)
    {
        var rejects = new List<Reject>();
        long read = 0;
        string encoding = "";
        progress.Start();
        try
        {
            using var reader = source.Open(file, displayName);
            encoding = reader.Encoding;
            var map = HeaderMap.Build(kind, school, reader.Header, displayName);
            var parser = new RowParser(kind, map, ColumnFit.Read(c, kind), exportedAt, options.RejectFutureDates);
            var headers = kind.Columns.Select((col, i) => (col.Header, At: map.Positions[i]))
                .Where(x => x.At >= 0).ToDictionary(x => x.Header, x => map.FileHeader[x.At]);
            using (var appender = c.CreateAppender(StagingTable.Name(kind)))
            {
                ParsePipeline.Run(reader, parser, rejects, parsed =>
                {
                    read++;
                    StagingTable.Append(appender.CreateRow(), parsed.Row.Line, parsed.Row.Raw, parsed.Rejected, parsed.Values);
                    if ((read & 1023) == 0) progress.Rows(displayName, read);
                });
            }
            progress.Rows(displayName, read, done: true);
            return new StagedFile(encoding, sha, read, rejects, null, headers, parser.FutureDates);
        }
        catch (SourceFileException e)
        {
            SqlText.Execute(c, $"DELETE FROM {StagingTable.Name(kind)}");
            return new StagedFile(encoding, sha, read, [], e.Message, new Dictionary<string, string>(), []);
        }
    }
}

using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// The ceiling: DuckDB's own read_csv of the same export files into plain tables of a fresh database file — no
/// parsing of our own, no checks, no merge. What the hardware and DuckDB can do with these bytes.
/// </summary>
internal static class ReadCsvCeiling
{
    public static long Load(string exportDir, string databaseFile)
    {
        foreach (var f in new[] { databaseFile, databaseFile + ".wal" }) File.Delete(f);
        using var c = new DuckDBConnection($"Data Source={databaseFile}");
        c.Open();
        long rows = 0;
        foreach (var file in Manifest.Read(exportDir).Files)
        {
            var path = Path.Combine(exportDir, file.File).Replace("'", "''", StringComparison.Ordinal);
            using var cmd = c.CreateCommand();
            try
            {
                cmd.CommandText = ReadCsv(file.Kind, path, "utf-8");
                cmd.ExecuteNonQuery();
            }
            catch (DuckDBException)
            {
                // DuckDB reads no Big5; latin-1 keeps every byte, so the file splits into the same rows and columns.
                cmd.CommandText = ReadCsv(file.Kind, path, "latin-1");
                cmd.ExecuteNonQuery();
            }
            cmd.CommandText = $"SELECT count(*) FROM \"{file.Kind}\"";
            rows += Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return rows;
    }

    private static string ReadCsv(string kind, string path, string encoding) =>
        $"CREATE OR REPLACE TABLE \"{kind}\" AS SELECT * FROM read_csv('{path}', header = true, all_varchar = true, encoding = '{encoding}')";
}

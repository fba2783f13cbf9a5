using System.Globalization;
using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Stages a CSV file of the <see cref="CsvLayout"/> through DuckDB: read_csv reads it, SQL types the fields the rules
/// of stage_rules.sql accept, and <see cref="RowParser"/> judges every other row exactly as the C# path would — so the
/// staged rows, the rejects and their lines are the same, at DuckDB's speed for the plain majority.
/// </summary>
internal static class CsvSqlStager
{
    private const int OddBatch = 8192;

    /// <summary>Fills the kind's staging table; returns the rows read.</summary>
    public static long Stage(DuckDBConnection c, KindSpec kind, string path, CsvLayout layout, HeaderMap map, RowParser parser,
        IReadOnlyList<ColumnFit> fits, DateTime exportedAt, List<Reject> rejects)
    {
        var stg = StagingTable.Name(kind);
        var sql = StagingSql.For(kind, map, fits, exportedAt);
        SqlText.Execute(c, SqlText.Load("Loading/Sql/stage_rules.sql"));
        var read = SqlText.Execute(c, SqlText.Load("Loading/Sql/stage_typed.sql", new Dictionary<string, string>
        {
            ["stg"] = stg, ["columns"] = sql.Columns, ["ok"] = sql.Ok, ["typed"] = sql.Typed, ["raw"] = sql.Raw, ["fields"] = sql.Fields,
            ["values"] = sql.Values, ["path"] = path.Replace("'", "''", StringComparison.Ordinal),
            ["newline"] = layout.NewLine == "\r\n" ? "\\r\\n" : "\\n", ["schema"] = sql.Schema,
            ["width"] = map.FileHeader.Count.ToString(CultureInfo.InvariantCulture),
        }));
        SqlText.Execute(c, SqlText.Load("Loading/Sql/stage_odd.sql", new Dictionary<string, string> { ["stg"] = stg }));
        long after = 0;
        while (true)
        {
            // A batch is read before it is appended: one connection does not read a result and append at once.
            var rows = new List<SourceRow>();
            using (var cmd = WarehouseCommand.Create(c, "SELECT _line, _raw FROM stg_odd WHERE _line > $after ORDER BY _line LIMIT $n",
                       ("after", after), ("n", OddBatch)))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    var line = r.GetString(1);
                    rows.Add(new SourceRow(r.GetInt64(0), line.Split(','), line));
                }
            if (rows.Count == 0) break;
            after = rows[^1].Line;
            using var appender = c.CreateAppender(stg);
            foreach (var row in rows)
            {
                var values = parser.Parse(row, out var reject);
                if (reject is not null) rejects.Add(reject);
                StagingTable.Append(appender.CreateRow(), row.Line, row.Raw, reject is not null, values);
            }
        }
        SqlText.Execute(c, "DROP TABLE stg_odd");
        return read;
    }
}

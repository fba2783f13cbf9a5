using System.Runtime.CompilerServices;
using DuckDB.NET.Data;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>A warehouse column as information_schema describes it (precision and scale for DECIMAL only).</summary>
internal sealed record CoreColumn(string Name, string Type, int? Precision, int? Scale);

/// <summary>
/// The warehouse tables' columns, read with one catalog query per connection (a load's connection lives for that load)
/// instead of one per kind for the stager and another for the merge.
/// </summary>
internal static class CoreSchema
{
    private static readonly ConditionalWeakTable<DuckDBConnection, Dictionary<string, List<CoreColumn>>> Cache = [];

    public static IReadOnlyList<CoreColumn> Columns(DuckDBConnection c, string table) =>
        Cache.GetValue(c, Read).GetValueOrDefault(table) ?? [];

    private static Dictionary<string, List<CoreColumn>> Read(DuckDBConnection c)
    {
        var tables = new Dictionary<string, List<CoreColumn>>();
        foreach (var (table, column) in SqlText.Rows(c, SqlText.Load("Loading/Sql/core_columns.sql"), r => (r.GetString(0),
                     new CoreColumn(r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : Convert.ToInt32(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                         r.IsDBNull(4) ? null : Convert.ToInt32(r.GetValue(4), System.Globalization.CultureInfo.InvariantCulture)))))
        {
            if (!tables.TryGetValue(table, out var list)) tables[table] = list = [];
            list.Add(column);
        }
        return tables;
    }
}

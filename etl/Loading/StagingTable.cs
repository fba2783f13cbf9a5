using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// A kind's staging table, <c>stg_&lt;kind&gt;</c>: a TEMP table living for the load's transaction, with the row's
/// line, raw text, a rejected flag and an identical-duplicate flag, then the typed columns. Filled with DuckDB's appender.
/// </summary>
internal static class StagingTable
{
    public static string Name(KindSpec kind) => "stg_" + kind.Kind;

    public static IReadOnlyList<string> Columns(KindSpec kind)
    {
        var cols = kind.Columns.Select(c => c.Column).ToList();
        if (kind.HasSemester) cols.Add("semester");
        if (kind.ExtraStagingColumns is { } extra) cols.AddRange(extra);
        return cols;
    }

    public static string Create(KindSpec kind)
    {
        var cols = kind.Columns.Select(c => $"{c.Column} {SqlType(c.Type)}").ToList();
        if (kind.HasSemester) cols.Add("semester VARCHAR");
        if (kind.ExtraStagingColumns is { } extra) cols.AddRange(extra.Select(e => $"{e} VARCHAR"));
        return $"CREATE OR REPLACE TEMP TABLE {Name(kind)} (_line BIGINT, _raw VARCHAR, _rejected BOOLEAN, _duplicate BOOLEAN, {string.Join(", ", cols)})";
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer => "BIGINT",
        ColumnType.RocYear => "INTEGER",
        ColumnType.Number => "DECIMAL(9,1)",
        ColumnType.Date => "DATE",
        ColumnType.DateTime => "TIMESTAMP",
        ColumnType.YesNo => "BOOLEAN",
        _ => "VARCHAR",
    };

    public static void Append(IDuckDBAppenderRow row, long line, string raw, bool rejected, object?[] values)
    {
        row.AppendValue(line).AppendValue(raw).AppendValue(rejected).AppendValue(false);
        foreach (var v in values)
        {
            row = v switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                long l => row.AppendValue(l),
                int i => row.AppendValue(i),
                decimal d => row.AppendValue(d),
                bool b => row.AppendValue(b),
                DateOnly d => row.AppendValue(d),
                DateTime t => row.AppendValue(t),
                _ => throw new InvalidOperationException($"unexpected staging value {v.GetType()}"),
            };
        }
        row.EndRow();
    }
}

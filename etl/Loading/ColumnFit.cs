using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// What a number must fit to land in its core column exactly: digits before and after the point (DECIMAL(p,s)) or
/// the integer range (INTEGER / BIGINT). Read from the warehouse's own schema, so a rounding or an overflow is a
/// reject with the row's line instead of a rounded value or an aborted load.
/// </summary>
internal sealed record ColumnFit(int IntegerDigits, int Scale, long Min, long Max)
{
    private static readonly ColumnFit Staging = new(8, 1, long.MinValue, long.MaxValue);

    private static readonly ColumnFit Unbounded = new(28, 28, long.MinValue, long.MaxValue);   // decimal's own limits

    /// <summary>No limit on any column: for reading an export outside a warehouse (the demo's sample admin schema).</summary>
    public static IReadOnlyList<ColumnFit> None(KindSpec kind) => kind.Columns.Select(_ => Unbounded).ToList();

    /// <summary>Per column of the kind (same order as <see cref="KindSpec.Columns"/>).</summary>
    public static IReadOnlyList<ColumnFit> Read(DuckDBConnection c, KindSpec kind)
    {
        var byColumn = CoreSchema.Columns(c, kind.CoreTable).ToDictionary(col => col.Name, col => col.Type switch
        {
            _ when col.Type.StartsWith("DECIMAL", StringComparison.Ordinal) =>
                new ColumnFit(col.Precision!.Value - col.Scale!.Value, col.Scale.Value, long.MinValue, long.MaxValue),
            "INTEGER" => Staging with { Min = int.MinValue, Max = int.MaxValue },
            "SMALLINT" => Staging with { Min = short.MinValue, Max = short.MaxValue },
            _ => Staging,
        });
        return kind.Columns.Select(col => byColumn.GetValueOrDefault(col.Column, Staging)).ToList();
    }

    /// <summary>Null when <paramref name="d"/> fits; else why, in zh-TW.</summary>
    public string? Problem(decimal d)
    {
        var exact = d / 1.0000000000000000000000000000m; // drops trailing zeros: 84.20 has one decimal
        if (exact.Scale > Scale)
            return Scale == 0 ? "應為整數" : $"最多 {Scale} 位小數，不能四捨五入後存入";
        if (Math.Abs(Math.Truncate(exact)) >= Pow10(IntegerDigits))
            return $"超出可存入的範圍（整數部分最多 {IntegerDigits} 位）";
        return null;
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }
}

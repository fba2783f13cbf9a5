using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.People;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// <c>mask_id(text)</c> for the loader's SQL (check messages that quote a national ID): the one masking function,
/// <see cref="NationalId.Mask"/>, registered on the load's connection instead of a second one written in SQL.
/// </summary>
internal static class MaskFunction
{
    public static void Register(DuckDBConnection c) =>
        c.RegisterScalarFunction<string, string>("mask_id", (readers, writer, rowCount) =>
        {
            for (ulong i = 0; i < rowCount; i++)
                writer.WriteValue(NationalId.Mask(readers[0].IsValid(i) ? readers[0].GetValue<string>(i) : null), i);
        });
}

using System.Data.Common;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// Checks a query's result columns before any row is read: the watermark column is there and can be one, and each
/// column the kind knows has a type its values can be read from. Text is always accepted (the loader parses and
/// rejects row by row, as for files); a date delivered as a number, say, is a wrong query and ends the pull.
/// </summary>
internal static class ResultColumns
{
    /// <summary>The watermark column's position.</summary>
    public static int Check(DbDataReader reader, KindSpec kind, SchoolConfig school, KindQuery q, string displayName)
    {
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var at = header.FindIndex(h => string.Equals(h, q.Watermark, StringComparison.OrdinalIgnoreCase));
        if (at < 0)
            throw new SourceFaultException($"「{displayName}」的查詢結果沒有 watermark 欄位「{q.Watermark}」（結果欄位：{string.Join("、", header)}）");
        if (!Watermark.Usable(reader.GetFieldType(at)))
            throw new SourceFaultException($"「{displayName}」的 watermark 欄位「{q.Watermark}」型別為 {reader.GetDataTypeName(at)}，應為時間（timestamp）或遞增整數編號");

        var map = HeaderMap.Build(kind, school, header, displayName);
        for (var c = 0; c < kind.Columns.Count; c++)
        {
            var i = map.Positions[c];
            if (i < 0) continue;
            var type = reader.GetFieldType(i);
            if (!Fits(kind.Columns[c].Type, type))
                throw new SourceFaultException(
                    $"「{displayName}」的欄位「{header[i]}」型別為 {reader.GetDataTypeName(i)}，不能當作{Expected(kind.Columns[c].Type)}；請修正學校設定 source_database 中「{kind.Kind}」的查詢");
        }
        return at;
    }

    private static bool IsInteger(Type t) => t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(byte);

    private static bool Fits(ColumnType column, Type t) => t == typeof(string) || t == typeof(char) || column switch
    {
        ColumnType.Text or ColumnType.NationalId => IsInteger(t) || t == typeof(decimal) || t == typeof(Guid),
        ColumnType.Integer or ColumnType.RocYear => IsInteger(t) || t == typeof(decimal),
        ColumnType.Number => IsInteger(t) || t == typeof(decimal) || t == typeof(double) || t == typeof(float),
        ColumnType.Date or ColumnType.DateTime => t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(DateTimeOffset),
        ColumnType.YesNo => t == typeof(bool) || IsInteger(t),
        _ => false,
    };

    private static string Expected(ColumnType column) => column switch
    {
        ColumnType.Integer or ColumnType.RocYear => "整數",
        ColumnType.Number => "數字",
        ColumnType.Date => "日期",
        ColumnType.DateTime => "時間",
        ColumnType.YesNo => "是／否",
        _ => "文字",
    };
}

using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// Matches a file's header row to a kind's columns: the canonical name, the built-in aliases, and the aliases the
/// school configuration adds (<see cref="SchoolConfig.ColumnAliases"/>). Columns not known are ignored.
/// </summary>
public sealed class HeaderMap
{
    /// <summary>For each of the kind's columns, its position in the file (-1 when absent).</summary>
    public IReadOnlyList<int> Positions { get; }
    public IReadOnlyList<string> FileHeader { get; }

    private HeaderMap(IReadOnlyList<int> positions, IReadOnlyList<string> fileHeader)
    {
        Positions = positions;
        FileHeader = fileHeader;
    }

    public static IReadOnlyList<string> NamesFor(KindSpec kind, ColumnSpec column, SchoolConfig school)
    {
        var names = new List<string> { column.Header };
        names.AddRange(column.BuiltInAliases);
        if (school.ColumnAliases.TryGetValue(kind.Kind, out var byColumn) && byColumn.TryGetValue(column.Header, out var extra))
            names.AddRange(extra);
        return names;
    }

    public static HeaderMap Build(KindSpec kind, SchoolConfig school, IReadOnlyList<string> header, string file)
    {
        var positions = new int[kind.Columns.Count];
        for (var c = 0; c < kind.Columns.Count; c++)
        {
            var keys = NamesFor(kind, kind.Columns[c], school).Select(TextCleaning.HeaderKey).ToHashSet();
            var found = Enumerable.Range(0, header.Count).Where(i => keys.Contains(TextCleaning.HeaderKey(header[i]))).ToList();
            if (found.Count > 1)
                throw new SourceFileException(file, 1, header[found[1]],
                    $"第 {found[0] + 1} 欄「{header[found[0]]}」與第 {found[1] + 1} 欄「{header[found[1]]}」都是「{kind.Columns[c].Header}」，無法判斷該用哪一欄；請刪除重複的一欄後重新匯出");
            positions[c] = found.Count == 1 ? found[0] : -1;
        }

        if (positions.All(p => p < 0))
            throw new SourceFileException(file, 1, null,
                $"第 1 行不是標題列：找不到任何「{kind.Label}」的欄位名稱（例如「{kind.Columns[0].Header}」）；請確認檔案含標題列，或在學校設定的 column_aliases 加上對照");

        var dup = positions.Where(p => p >= 0).GroupBy(p => p).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
            throw new SourceFileException(file, 1, header[dup.Key], "同一個標題對應到兩個欄位，請檢查 column_aliases 設定");

        for (var c = 0; c < kind.Columns.Count; c++)
        {
            var col = kind.Columns[c];
            if (col.Required && positions[c] < 0)
                throw new SourceFileException(file, 1, col.Header,
                    $"缺少必要欄位「{col.Header}」（標題列有：{string.Join("、", header.Where(h => h.Length > 0))}）；若校務系統用別的名稱，請在學校設定的 column_aliases 加上對照");
        }
        return new HeaderMap(positions, header);
    }
}

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>Opens a file of the export by its extension.</summary>
public static class TableReader
{
    public static ITableReader Open(string path, string? sheet, string displayName)
    {
        if (!File.Exists(path)) throw new SourceFileException(displayName, null, null, "manifest.json 列出此檔，但資料夾中找不到");
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".xlsx" => XlsxTableReader.Open(path, sheet, displayName),
            ".csv" or ".txt" => CsvTableReader.Open(path, displayName),
            _ => throw new SourceFileException(displayName, null, null, $"不支援的檔案類型「{ext}」（應為 .csv 或 .xlsx）"),
        };
    }
}

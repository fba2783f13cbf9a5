using System.Globalization;
using ClosedXML.Excel;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// A sheet of an XLSX workbook: the first used row is the header, each later row a record. Real Excel dates become
/// ISO text (<c>2023-01-15 21:40</c>) so they go through the same date reading as text dates.
/// </summary>
public sealed class XlsxTableReader : ITableReader
{
    private readonly XLWorkbook _workbook;
    private readonly IXLWorksheet _sheet;
    private readonly int _headerRow;
    private readonly int _lastColumn;
    private readonly string _name;

    public string Encoding => "xlsx";
    public IReadOnlyList<string> Header { get; }

    private XlsxTableReader(XLWorkbook workbook, IXLWorksheet sheet, string displayName)
    {
        _workbook = workbook;
        _sheet = sheet;
        _name = displayName;
        var used = sheet.RangeUsed() ?? throw new SourceFileException(displayName, 1, null, $"工作表「{sheet.Name}」是空的，沒有標題列");
        _headerRow = used.FirstRow().RowNumber();
        _lastColumn = used.LastColumn().ColumnNumber();
        Header = Enumerable.Range(1, _lastColumn).Select(i => TextCleaning.Clean(Text(sheet.Cell(_headerRow, i)))).ToArray();
    }

    /// <param name="sheet">The sheet's name; null = the first sheet.</param>
    public static XlsxTableReader Open(string path, string? sheet, string displayName)
    {
        Span<byte> head = stackalloc byte[512];
        int n;
        using (var probe = File.OpenRead(path)) n = probe.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n == 0) throw new SourceFileException(displayName, null, null, "檔案是空的");
        if (!head[..n].StartsWith("PK\u0003\u0004"u8))
            throw new SourceFileException(displayName, null, null, CsvTableReader.LooksLikeMarkup(head[..n])
                ? "副檔名是 .xlsx，內容卻是 HTML 網頁（可能是系統匯出的 HTML 表格或錯誤頁面），請在校務系統改選 Excel 格式重新匯出"
                : "副檔名是 .xlsx，內容卻不是 Excel 活頁簿（不是 ZIP 格式），請重新匯出");
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new SourceFileException(displayName, null, null, $"Excel 活頁簿無法開啟，檔案可能不完整或已損毀（{e.GetType().Name}）");
        }
        try
        {
            IXLWorksheet? ws;
            if (sheet is null) ws = workbook.Worksheets.FirstOrDefault();
            else if (!workbook.TryGetWorksheet(sheet, out ws)) ws = null;
            if (ws is null)
                throw new SourceFileException(displayName, null, null, sheet is null
                    ? "活頁簿沒有任何工作表"
                    : $"找不到工作表「{sheet}」（活頁簿內有：{string.Join("、", workbook.Worksheets.Select(w => w.Name))}）");
            return new XlsxTableReader(workbook, ws, sheet is null ? displayName : $"{displayName}［{sheet}］");
        }
        catch
        {
            workbook.Dispose();
            throw;
        }
    }

    public IEnumerable<SourceRow> Rows()
    {
        var last = _sheet.LastRowUsed()?.RowNumber() ?? _headerRow;
        for (var r = _headerRow + 1; r <= last; r++)
        {
            var row = _sheet.Row(r);
            if (row.IsEmpty()) continue;
            var fields = new string[_lastColumn];
            for (var c = 1; c <= _lastColumn; c++)
            {
                try
                {
                    fields[c - 1] = Text(row.Cell(c));
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    throw new SourceFileException(_name, r, Header[c - 1], $"儲存格無法讀取（{e.GetType().Name}），活頁簿可能已損毀");
                }
            }
            yield return new SourceRow(r, fields, string.Join(",", fields));
        }
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime() is var d && d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        XLDataType.Boolean => cell.GetBoolean() ? "是" : "否",
        _ => cell.GetString(),
    };

    public void Dispose() => _workbook.Dispose();
}

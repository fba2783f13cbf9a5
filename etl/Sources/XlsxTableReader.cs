using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// A sheet of an XLSX workbook, streamed row by row (OpenXML SAX reader; shared strings in a temporary file, see
/// <see cref="SharedStringCache"/>), so memory does not grow with the sheet. The first non-empty row is the header,
/// each later row a record. Real Excel dates become ISO text (<c>2023-01-15 21:40</c>) so they go through the same date
/// reading as text dates; numbers are written invariantly, booleans as 是/否.
/// </summary>
public sealed class XlsxTableReader : ITableReader
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly SharedStringCache _strings;
    private readonly HashSet<uint> _dateStyles;
    private readonly string _name;
    private long _lastRow;

    public string Encoding => "xlsx";
    public IReadOnlyList<string> Header { get; }

    private XlsxTableReader(SpreadsheetDocument document, WorksheetPart part, SharedStringCache strings, HashSet<uint> dateStyles,
        string sheetName, string displayName)
    {
        _document = document;
        _strings = strings;
        _dateStyles = dateStyles;
        _name = displayName;
        _reader = OpenXmlReader.Create(part);
        try
        {
            string?[]? header;
            do header = NextRow(out _);
            while (header is not null && header.All(string.IsNullOrWhiteSpace));
            if (header is null) throw new SourceFileException(displayName, 1, null, $"工作表「{sheetName}」是空的，沒有標題列");
            var width = Array.FindLastIndex(header, h => !string.IsNullOrWhiteSpace(h)) + 1;
            Header = header[..width].Select(TextCleaning.Clean).ToArray();
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
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
        SpreadsheetDocument? document = null;
        SharedStringCache? strings = null;
        try
        {
            document = SpreadsheetDocument.Open(path, false);
            var workbook = document.WorkbookPart ?? throw Damaged(displayName, "沒有活頁簿內容");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var chosen = sheet is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == sheet);
            if (chosen is null)
                throw new SourceFileException(displayName, null, null, sheet is null
                    ? "活頁簿沒有任何工作表"
                    : $"找不到工作表「{sheet}」（活頁簿內有：{string.Join("、", sheets.Select(s => s.Name?.Value))}）");
            if (chosen.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                throw Damaged(displayName, $"工作表「{chosen.Name?.Value}」的內容不存在");
            strings = SharedStringCache.Read(workbook.SharedStringTablePart);
            var reader = new XlsxTableReader(document, part, strings, DateStyles(workbook.WorkbookStylesPart), chosen.Name?.Value ?? "",
                sheet is null ? displayName : $"{displayName}［{sheet}］");
            return reader;
        }
        catch (Exception e) when (e is not (SourceFileException or OutOfMemoryException))
        {
            strings?.Dispose();
            document?.Dispose();
            throw Damaged(displayName, e.GetType().Name);
        }
        catch
        {
            strings?.Dispose();
            document?.Dispose();
            throw;
        }
    }

    private static SourceFileException Damaged(string file, string detail) =>
        new(file, null, null, $"Excel 活頁簿無法開啟，檔案可能不完整或已損毀（{detail}）");

    public IEnumerable<SourceRow> Rows()
    {
        while (NextRow(out var line) is { } cells)
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var fields = new string[Math.Max(Header.Count, Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c)) + 1)];
            for (var i = 0; i < fields.Length; i++) fields[i] = i < cells.Length ? cells[i] ?? "" : "";
            yield return new SourceRow(line, fields, string.Join(",", fields));
        }
    }

    /// <summary>The next &lt;row&gt; as cell texts by column (gaps null), or null at the end of the sheet.</summary>
    private string?[]? NextRow(out long line)
    {
        line = 0;
        try
        {
            while (_reader.Read())
            {
                if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement) continue;
                var row = (Row)_reader.LoadCurrentElement()!;
                line = row.RowIndex?.Value ?? _lastRow + 1;
                _lastRow = line;
                var cells = new List<string?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var at = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count <= at) cells.Add(null);
                    cells[at] = Text(cell, line);
                }
                return cells.ToArray();
            }
            return null;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            throw new SourceFileException(_name, _lastRow + 1, null, $"活頁簿在此列之後無法讀取（{e.GetType().Name}），檔案可能不完整或已損毀");
        }
    }

    private string Text(Cell cell, long line)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && _strings.Get(i) is { } s
                ? s
                : throw new SourceFileException(_name, line, null, $"儲存格 {cell.CellReference?.Value} 指向不存在的共用字串，活頁簿可能已損毀");
        if (type == CellValues.InlineString) return cell.InlineString?.Text?.Text ?? cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "是" : "否";
        if (type is not null && type != CellValues.Number) return raw ?? "";
        if (raw is null || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw ?? "";
        if (cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style) && number is > -657435 and < 2958466)
        {
            var d = DateTime.FromOADate(number);
            d = new DateTime(d.Ticks - d.Ticks % TimeSpan.TicksPerSecond).AddSeconds(Math.Round(d.Millisecond / 1000.0));
            return d.TimeOfDay == TimeSpan.Zero
                ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        return number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"BC12" → 54 (0-based).</summary>
    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    /// <summary>The cell styles (indexes into cellXfs) whose number format shows a date or a time.</summary>
    private static HashSet<uint> DateStyles(WorkbookStylesPart? styles)
    {
        var set = new HashSet<uint>();
        var sheet = styles?.Stylesheet;
        if (sheet?.CellFormats is null) return set;
        var custom = sheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var xf in sheet.CellFormats.Elements<CellFormat>())
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            if (custom.TryGetValue(id, out var code) ? IsDateFormat(code) : IsBuiltInDate(id)) set.Add(index);
            index++;
        }
        return set;
    }

    private static bool IsBuiltInDate(uint id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    /// <summary>A custom format is a date when, outside quoted text and [..] sections, it has a date or time letter.</summary>
    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            if (ch == '\\') { i++; continue; }
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == '[') bracket = true;
            else if (!quoted && ch == ']') bracket = false;
            else if (!quoted && !bracket && "yYmMdDhHsSeE".Contains(ch)) return true;
        }
        return false;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _strings.Dispose();
        _document.Dispose();
    }
}

using ClosedXML.Excel;
using PortfolioAnalytics.Reports.Views;

namespace PortfolioAnalytics.Reports.Rendering;

/// <summary>
/// Shared XLSX layout: the document header in the first rows, a bold filtered header row, frozen panes.
/// Column widths are set by hand: ClosedXML's AdjustToContents needs System.Drawing, which fails on Linux.
/// </summary>
internal static class Sheets
{
    public const string FontName = "Noto Sans CJK TC";

    public static XLWorkbook NewWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = 11;
        return workbook;
    }

    /// <summary>Writes the header block; returns the row where the table's header goes.</summary>
    public static int WriteHeader(IXLWorksheet sheet, DocumentHeader header, string? subtitle = null)
    {
        sheet.Cell(1, 1).Value = $"{header.SchoolName}　{header.Title}" + (subtitle is null ? "" : $"（{subtitle}）");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = $"{header.SemesterText}　資料截至：{header.AsOfText}　產製時間：{header.GeneratedText}";
        return 4;
    }

    /// <summary>Writes a bold header row with an auto-filter over the data below; freezes everything above the data.</summary>
    public static void WriteTable(IXLWorksheet sheet, int headerRow, IReadOnlyList<(string Name, double Width)> columns,
        IEnumerable<IReadOnlyList<object?>> rows)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(headerRow, c + 1);
            cell.Value = columns[c].Name;
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EDF3");
            sheet.Column(c + 1).Width = columns[c].Width;
        }
        var r = headerRow;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Count; c++) Set(sheet.Cell(r, c + 1), row[c]);
        }
        var range = sheet.Range(headerRow, 1, Math.Max(r, headerRow), columns.Count);
        range.SetAutoFilter();
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        sheet.SheetView.FreezeRows(headerRow);
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case int i: cell.Value = i; break;
            case long l: cell.Value = l; break;
            case double d: cell.Value = d; break;
            case decimal m: cell.Value = m; break;
            case RateValue rate:
                cell.Value = rate.Value;
                cell.Style.NumberFormat.Format = "0.0%";
                break;
            default: cell.Value = value.ToString(); break;
        }
    }

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.</summary>
    public static string SheetName(XLWorkbook workbook, string wanted)
    {
        var clean = new string(wanted.Select(ch => ":\\/?*[]".Contains(ch) ? '_' : ch).ToArray());
        if (clean.Length > 31) clean = clean[..31];
        var name = clean;
        for (var i = 2; workbook.Worksheets.Contains(name); i++)
            name = (clean.Length > 27 ? clean[..27] : clean) + $"({i})";
        return name;
    }

    public static byte[] ToBytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}

/// <summary>A rate written as a number with a percent format (so Excel can sort it).</summary>
internal readonly record struct RateValue(double Value);

using ClosedXML.Excel;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Reports.Rendering;

/// <summary>
/// The one way of writing a workbook, for the documents and the dashboard's downloads alike: a title block, a bold
/// header row with an autofilter, the header frozen, counts as integers (#,##0), rates as percentages (0.0%), days
/// with one decimal, dates and moments as ROC text (112.05.20, 112.05.20 09:00) and column widths set.
/// Widths are computed here: ClosedXML's AdjustToContents needs System.Drawing, which fails on Linux.
/// </summary>
public static class Sheets
{
    public const string FontName = "Noto Sans CJK TC";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string IntegerFormat = "#,##0";
    public const string PercentFormat = "0.0%";
    public const string DaysFormat = "0.0";
    private const double MinWidth = 6, MaxWidth = 60;

    public static XLWorkbook NewWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = 11;
        return workbook;
    }

    /// <summary>A document's header block (school, title, semester, as-of); returns the row where the table's header goes.</summary>
    public static int WriteHeader(IXLWorksheet sheet, DocumentHeader header, string? subtitle = null) =>
        WriteTitle(sheet, $"{header.SchoolName}　{header.Title}" + (subtitle is null ? "" : $"（{subtitle}）"),
            $"{header.SemesterText}　資料截至：{header.AsOfText}　產製時間：{header.GeneratedText}");

    /// <summary>A bold title and an optional second line; returns the row where the table's header goes.</summary>
    public static int WriteTitle(IXLWorksheet sheet, string title, string? subtitle)
    {
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        if (subtitle is not null) sheet.Cell(2, 1).Value = subtitle;
        return 4;
    }

    /// <summary>
    /// Writes a bold header row with an autofilter over the data below and freezes everything above the data.
    /// A column without a width gets one from its longest line (CJK characters count double).
    /// </summary>
    public static void WriteTable(IXLWorksheet sheet, int headerRow, IReadOnlyList<SheetColumn> columns,
        IEnumerable<IReadOnlyList<object?>> rows)
    {
        var widths = columns.Select(c => DisplayWidth(c.Name)).ToArray();
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(headerRow, c + 1);
            cell.Value = columns[c].Name;
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EDF3");
        }
        var r = headerRow;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Count && c < columns.Count; c++)
                widths[c] = Math.Max(widths[c], DisplayWidth(Set(sheet.Cell(r, c + 1), row[c])));
        }
        for (var c = 0; c < columns.Count; c++)
            sheet.Column(c + 1).Width = columns[c].Width ?? Math.Clamp(widths[c] + 2, MinWidth, MaxWidth);
        var range = sheet.Range(headerRow, 1, Math.Max(r, headerRow), columns.Count);
        range.SetAutoFilter();
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        sheet.SheetView.FreezeRows(headerRow);
    }

    /// <summary>Writes a typed value with its format; returns the text it reads as (for the column's width).</summary>
    private static string Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return "";
            case int or long or short:
                cell.Value = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                cell.Style.NumberFormat.Format = IntegerFormat;
                return $"{value:N0}";
            case RateValue rate:
                cell.Value = rate.Value;
                cell.Style.NumberFormat.Format = PercentFormat;
                return "100.0%";
            case DaysValue days:
                cell.Value = days.Value;
                cell.Style.NumberFormat.Format = DaysFormat;
                return $"{days.Value:0.0}";
            case double or decimal or float:
                cell.Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                cell.Style.NumberFormat.Format = "#,##0.0##";
                return $"{value:N1}";
            case DateOnly day:
                return SetText(cell, RocDate.Format(day));
            case DateTime moment:
                return SetText(cell, moment.TimeOfDay == TimeSpan.Zero ? RocDate.Format(DateOnly.FromDateTime(moment)) : RocDate.Format(moment));
            case MomentValue m:
                return SetText(cell, m.WithTime ? RocDate.Format(m.Value) : RocDate.Format(DateOnly.FromDateTime(m.Value)));
            default:
                return SetText(cell, value.ToString() ?? "");
        }
    }

    private static string SetText(IXLCell cell, string text)
    {
        cell.Value = text;
        cell.DataType = XLDataType.Text;
        return text;
    }

    /// <summary>Columns a text occupies in Excel: its longest line, CJK and full-width characters counting double.</summary>
    public static int DisplayWidth(string text) =>
        text.Split('\n').Max(line => line.Sum(ch => ch >= 0x1100 && (ch <= 0x115F || ch >= 0x2E80) ? 2 : 1));

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.</summary>
    public static string SheetName(XLWorkbook workbook, string wanted)
    {
        var clean = new string(wanted.Select(ch => ":\\/?*[]".Contains(ch) ? '_' : ch).ToArray());
        if (clean.Length == 0) clean = "工作表";
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

/// <summary>A column of <see cref="Sheets.WriteTable"/>: its header and, optionally, a fixed width (else from the content).</summary>
public sealed record SheetColumn(string Name, double? Width = null)
{
    public static implicit operator SheetColumn((string Name, double Width) column) => new(column.Name, column.Width);

    public static implicit operator SheetColumn(string name) => new(name);
}

/// <summary>A rate (0–1) written as a number with a percent format, so Excel can sort and filter it.</summary>
public readonly record struct RateValue(double Value);

/// <summary>A number of days, written with one decimal.</summary>
public readonly record struct DaysValue(double Value);

/// <summary>A moment written as ROC text, with or without the time of day.</summary>
public readonly record struct MomentValue(DateTime Value, bool WithTime = true);

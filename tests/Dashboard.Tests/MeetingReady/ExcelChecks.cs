using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace PortfolioAnalytics.Dashboard.Tests.MeetingReady;

/// <summary>What a workbook fit for Excel has, read back with ClosedXML: per sheet a frozen header row with an
/// autofilter starting on it, every column's width set, counts as integers, rates as 0.0%, no raw dates.</summary>
public static partial class ExcelChecks
{
    public sealed record Found(int Percent, int Integer, int RocDate, int Sheets);

    public static Found Check(byte[] bytes, string name)
    {
        using var book = new XLWorkbook(new MemoryStream(bytes));
        int percent = 0, integer = 0, roc = 0;
        foreach (var sheet in book.Worksheets)
        {
            var where = $"{name}［{sheet.Name}］";
            var header = sheet.SheetView.SplitRow;
            header.Should().BeGreaterThan(0, "{0} freezes its header row", where);
            sheet.AutoFilter.IsEnabled.Should().BeTrue("{0} has an autofilter", where);
            sheet.AutoFilter.Range.FirstRow().RowNumber().Should().Be(header, "{0}'s autofilter starts on the frozen header", where);
            var lastColumn = sheet.AutoFilter.Range.LastColumn().ColumnNumber();
            var lastRow = sheet.AutoFilter.Range.LastRow().RowNumber();
            for (var c = 1; c <= lastColumn; c++)
            {
                var title = sheet.Cell(header, c).GetString();
                title.Should().NotBeEmpty("{0} names column {1}", where, c);
                sheet.Cell(header, c).Style.Font.Bold.Should().BeTrue("{0}'s header is bold", where);
                var width = sheet.Column(c).Width;
                width.Should().BeInRange(4, 80, "{0} column {1} has a set width", where, title);
                var isRate = title.Contains('率', StringComparison.Ordinal);
                for (var r = header + 1; r <= lastRow; r++)
                {
                    var cell = sheet.Cell(r, c);
                    var at = $"{where} {cell.Address}（{title}）";
                    cell.DataType.Should().NotBe(XLDataType.DateTime, "{0} writes dates as ROC text, not raw dates", at);
                    if (cell.DataType == XLDataType.Number)
                    {
                        var format = Format(cell);
                        var value = cell.GetDouble();
                        if (isRate)
                        {
                            format.Should().Be("0.0%", "{0} is a rate", at);
                            percent++;
                        }
                        else if (value == Math.Floor(value) && format is "#,##0" or "0")
                        {
                            integer++;
                        }
                        else
                        {
                            format.Should().Be("0.0", "{0} is a number of days, not a raw decimal in General format", at);
                        }
                        format.Should().NotBe("General", "{0} has a number format", at);
                    }
                    else
                    {
                        var text = cell.GetString();
                        IsoDate().IsMatch(text).Should().BeFalse("{0} shows dates in ROC form, not {1}", at, text);
                        if (RocDate().IsMatch(text)) roc++;
                        Regex.IsMatch(text, @"^\d+(\.\d+)?%$").Should().BeFalse("{0} is a percentage as a number, not text", at);
                    }
                }
            }
        }
        return new Found(percent, integer, roc, book.Worksheets.Count);
    }

    /// <summary>The cell's number format, built-in ones by their code.</summary>
    private static string Format(IXLCell cell)
    {
        var format = cell.Style.NumberFormat.Format;
        if (!string.IsNullOrEmpty(format)) return format;
        return cell.Style.NumberFormat.NumberFormatId switch
        {
            0 => "General",
            1 => "0",
            3 => "#,##0",
            9 => "0%",
            10 => "0.00%",
            var id => $"builtin {id}",
        };
    }

    [GeneratedRegex(@"^1\d\d\.\d\d\.\d\d( \d\d:\d\d)?$")]
    private static partial Regex RocDate();

    [GeneratedRegex(@"^(19|20)\d\d[-/]\d\d?[-/]\d\d?([ T]|$)")]
    private static partial Regex IsoDate();
}

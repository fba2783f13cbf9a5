using ClosedXML.Excel;

namespace PortfolioAnalytics.Dashboard.Export;

/// <summary>Writes a page's table as an XLSX workbook (ClosedXML), typed numbers and dates kept.</summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(DataTable table, string? subtitle = null)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(SheetName(table.Title));
        var row = 1;
        sheet.Cell(row, 1).Value = table.Title;
        sheet.Cell(row, 1).Style.Font.Bold = true;
        if (subtitle is not null) sheet.Cell(++row, 1).Value = subtitle;
        row += 2;
        var header = row;
        for (var c = 0; c < table.Headers.Count; c++)
        {
            sheet.Cell(row, c + 1).Value = table.Headers[c];
            sheet.Cell(row, c + 1).Style.Font.Bold = true;
            sheet.Cell(row, c + 1).Style.Fill.BackgroundColor = XLColor.LightGray;
        }
        foreach (var cells in table.Rows)
        {
            row++;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                switch (cells[c].Value)
                {
                    case long n: cell.Value = n; break;
                    case int n: cell.Value = n; break;
                    case double d: cell.Value = d; break;
                    case DateTime d: cell.Value = d; cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm"; break;
                    default: cell.Value = cells[c].Text; cell.DataType = XLDataType.Text; break;
                }
            }
        }
        // AdjustToContents needs System.Drawing (absent on Linux): width from the longest text, CJK counted double.
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var width = table.Rows.Select(r => c < r.Count ? Width(r[c].Text) : 0).Append(Width(table.Headers[c])).Max();
            sheet.Column(c + 1).Width = Math.Clamp(width + 2, 6, 60);
        }
        sheet.SheetView.FreezeRows(header);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static int Width(string text) => text.Sum(ch => ch > 0x2E80 ? 2 : 1);

    private static string SheetName(string title)
    {
        var clean = new string(title.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet1" : clean;
    }
}

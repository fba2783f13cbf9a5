using PortfolioAnalytics.Reports.Rendering;

namespace PortfolioAnalytics.Dashboard.Export;

/// <summary>
/// A page's table as an XLSX download, written by the documents' own writer (<see cref="Sheets"/>): the same
/// autofilter, frozen header, integer counts, percentages and ROC dates as every document's workbook.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = Sheets.ContentType;

    public static byte[] Build(DataTable table, string? subtitle = null)
    {
        using var book = Sheets.NewWorkbook();
        var sheet = book.Worksheets.Add(Sheets.SheetName(book, table.Title));
        var headerRow = Sheets.WriteTitle(sheet, table.Title, subtitle);
        Sheets.WriteTable(sheet, headerRow, table.Headers.Select(h => new SheetColumn(h)).ToList(),
            table.Rows.Select(r => (IReadOnlyList<object?>)r.Select(Typed).ToList()));
        return Sheets.ToBytes(book);
    }

    /// <summary>
    /// What a cell is in Excel. Pages give counts as integers and moments as DateTime; a double is a rate when the
    /// page shows it as a percentage (Fmt.Ratio) and days otherwise; everything else is the text the page shows.
    /// </summary>
    internal static object? Typed(Cell cell) => cell.Value switch
    {
        null => cell.Text,
        RateValue or DaysValue or MomentValue => cell.Value,
        double d when cell.Text.Contains('%', StringComparison.Ordinal) => new RateValue(d),
        double d => new DaysValue(d),
        DateTime moment => new MomentValue(moment, WithTime: cell.Text.Contains(':', StringComparison.Ordinal)),
        var value => value,
    };
}

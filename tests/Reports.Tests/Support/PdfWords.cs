using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace PortfolioAnalytics.Reports.Tests.Support;

/// <summary>
/// The words of a PDF with their positions (pdftotext -bbox-layout), so a test can read one table cell: the words
/// under a column's header between one row's title and the next row's.
/// </summary>
internal sealed class PdfWords
{
    public sealed record Word(int Page, double X, double Y, string Text);

    private const double FooterTop = 842 - 16 * 72 / 25.4;

    public IReadOnlyList<Word> Words { get; }

    private PdfWords(IReadOnlyList<Word> words) => Words = words;

    public static PdfWords Read(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-words-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-bbox-layout", "-enc", "UTF-8", file, "-" }) info.ArgumentList.Add(a);
            using var p = Process.Start(info)!;
            var xml = p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            XNamespace ns = "http://www.w3.org/1999/xhtml";
            var doc = XDocument.Parse(xml);
            var words = new List<Word>();
            var page = 0;
            foreach (var pageElement in doc.Descendants(ns + "page"))
            {
                page++;
                foreach (var w in pageElement.Descendants(ns + "word"))
                    words.Add(new Word(page, D(w, "xMin"), D(w, "yMin"), w.Value));
            }
            return new PdfWords(words);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The text of the cell in the column headed <paramref name="column"/>, in the row whose first cell starts with
    /// <paramref name="rowTitle"/> (the <paramref name="occurrence"/>-th such row), without spaces.
    /// </summary>
    public string Cell(string rowTitle, string column, int occurrence = 1, Func<string, bool>? isRowStart = null)
    {
        isRowStart ??= t => t.Length > 1 && (char.IsAsciiDigit(t[0]) && t.Contains('.') || "一二三四五六七八九十".Contains(t[0]) && t.Contains('、'));
        // A long title wraps inside its cell: its first line is a prefix of the title.
        var starts = Words.Where(w => w.Text.StartsWith(rowTitle, StringComparison.Ordinal)
            || rowTitle.StartsWith(w.Text, StringComparison.Ordinal) && w.Text.Length >= Math.Min(rowTitle.Length, 6)).ToList();
        if (starts.Count < occurrence) throw new Xunit.Sdk.XunitException($"row 「{rowTitle}」#{occurrence} not found");
        var start = starts[occurrence - 1];
        var header = Words.Where(w => w.Text == column && (w.Page < start.Page || w.Page == start.Page && w.Y < start.Y))
            .OrderBy(w => w.Page).ThenBy(w => w.Y).Last();
        var firstColumnRight = header.X - 1;
        var next = Words.Where(w => w.Page == start.Page && w.Y > start.Y + 2 && w.X < start.X + 20 && isRowStart(w.Text))
            .OrderBy(w => w.Y).FirstOrDefault();
        // The page footer (page numbers) sits in the bottom 16 mm of an A4 page (842 pt high).
        var bottom = next?.Y - 1 ?? FooterTop;
        var cell = Words.Where(w => w.Page == start.Page && w.X >= firstColumnRight && w.Y >= start.Y - 3 && w.Y < bottom)
            .OrderBy(w => Math.Round(w.Y)).ThenBy(w => w.X);
        return string.Concat(cell.Select(w => w.Text));
    }

    /// <summary>All text of one page, spaces removed.</summary>
    public string Page(int page) => string.Concat(Words.Where(w => w.Page == page).Select(w => w.Text));

    public int PageCount => Words.Count == 0 ? 0 : Words.Max(w => w.Page);
}

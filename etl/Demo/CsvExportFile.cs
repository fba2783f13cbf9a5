using System.Text;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// One export file as the admin system writes it: CSV with a Chinese header, CRLF line ends, fields quoted only when
/// needed. Counts data rows and knows the line number of the next row, for <see cref="DemoDirt"/>.
/// </summary>
internal sealed class CsvExportFile : IDisposable
{
    private readonly StreamWriter _writer;

    public string Kind { get; }
    public string FileName { get; }
    public long Rows { get; private set; }

    /// <summary>1-based line number the next row will have (the header is line 1).</summary>
    public int NextLine => (int)Math.Min(int.MaxValue, Rows + 2);

    public CsvExportFile(string directory, string kind, string fileName, Encoding encoding, params string[] header)
    {
        Kind = kind;
        FileName = fileName;
        _writer = new StreamWriter(Path.Combine(directory, fileName), append: false, encoding, bufferSize: 1 << 16)
        {
            NewLine = "\r\n",
        };
        WriteLine(header);
    }

    public void Row(params string?[] fields)
    {
        WriteLine(fields);
        Rows++;
    }

    private void WriteLine(string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            var f = fields[i] ?? "";
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0) _writer.Write('"' + f.Replace("\"", "\"\"") + '"');
            else _writer.Write(f);
        }
        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();
}

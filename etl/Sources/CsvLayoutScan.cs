using System.Text.Unicode;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// One pass over a CSV file's bytes, in a fixed-size buffer, deciding whether it has the <see cref="CsvLayout"/> that
/// lets DuckDB read it; anything else (quotes, a truncated last line, mixed line endings…) is left to <see cref="CsvTableReader"/>.
/// </summary>
public static class CsvLayoutScan
{
    /// <summary>Well below DuckDB's own line limit (2 MB), so its reader never fails inside the load's transaction.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int BufferSize = 1 << 20;

    /// <summary>Null when the file does not have the layout.</summary>
    public static CsvLayout? Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize + MaxLineBytes];
        var carried = 0;
        long lines = 0;
        var crlf = (bool?)null;
        var first = true;
        var commas = -1;
        while (true)
        {
            var n = stream.ReadAtLeast(buffer.AsSpan(carried, BufferSize), BufferSize, throwOnEndOfStream: false);
            var data = buffer.AsSpan(0, carried + n);
            if (first)
            {
                if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) data = data[3..];
                if (data.Length == 0 || data[0] is (byte)'\r' or (byte)'\n') return null;
                first = false;
            }
            var end = data.LastIndexOf((byte)'\n') + 1;
            if (n == 0)
                return data.Length == 0 && crlf is { } ending && lines > 0 ? new CsvLayout(ending ? "\r\n" : "\n", lines - 1, commas + 1) : null;
            var complete = data[..end];
            if (!Utf8.IsValid(complete) || complete.IndexOfAny((byte)'"', (byte)0, (byte)1) >= 0) return null;
            while (complete.Length > 0)
            {
                var nl = complete.IndexOf((byte)'\n');
                var line = complete[..nl];
                var cr = line.Length > 0 && line[^1] == (byte)'\r';
                if (cr) line = line[..^1];
                crlf ??= cr;
                if (cr != crlf || line.Length == 0 || line.Length > MaxLineBytes || line.IndexOf((byte)'\r') >= 0) return null;
                var count = line.Count((byte)',');
                if (commas < 0) commas = count;
                else if (count != commas) return null;
                lines++;
                complete = complete[(nl + 1)..];
            }
            var rest = data[end..];
            if (rest.Length > MaxLineBytes) return null;
            rest.CopyTo(buffer);
            carried = rest.Length;
        }
    }
}

using System.Text;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// A CSV file: comma-separated, <c>"</c>-quoted fields (quotes doubled inside), first record = header, empty lines
/// skipped. Encoding detected by <see cref="EncodingDetector"/>. Reads through a buffer and keeps each record's
/// raw text for reject messages.
/// </summary>
public sealed class CsvTableReader : ITableReader
{
    private const int SampleSize = 64 * 1024;
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\",\r\n");
    private readonly string _name;
    private readonly string _path;
    private readonly System.Text.Encoding _encoding;
    private readonly StreamReader _reader;
    private readonly char[] _buffer = new char[64 * 1024];
    private int _pos;
    private int _len;
    private long _line = 1;
    private readonly StringBuilder _field = new();
    private readonly StringBuilder _raw = new();

    public string Encoding { get; }
    public IReadOnlyList<string> Header { get; }

    private CsvTableReader(string path, string name, System.Text.Encoding decoder, StreamReader reader, string encoding)
    {
        _path = path;
        _encoding = decoder;
        _name = name;
        _reader = reader;
        Encoding = encoding;
        var header = ReadRecord(out _, out _, out _)
            ?? throw new SourceFileException(name, 1, null, "檔案是空的，沒有標題列");
        Header = header.Select(TextCleaning.Clean).ToArray();
    }

    public static CsvTableReader Open(string path, string displayName)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var sample = new byte[SampleSize];
            var n = stream.ReadAtLeast(sample, SampleSize, throwOnEndOfStream: false);
            if (n == 0) throw new SourceFileException(displayName, null, null, "檔案是空的，沒有標題列");
            var head = sample.AsSpan(0, n);
            if (head.StartsWith("PK\u0003\u0004"u8))
                throw new SourceFileException(displayName, null, null, "內容是 XLSX（ZIP）活頁簿，不是 CSV；請在 manifest.json 以 .xlsx 檔名列出");
            if (LooksLikeMarkup(head))
                throw new SourceFileException(displayName, 1, null, "內容是 HTML 網頁，不是 CSV（可能匯出時下載到錯誤頁面），請重新匯出");
            var (encoding, name, preamble, problem) = EncodingDetector.Detect(head, n < SampleSize);
            if (encoding is null) throw new SourceFileException(displayName, null, null, problem!);
            stream.Position = preamble;
            return new CsvTableReader(path, displayName, encoding, new StreamReader(stream, encoding, false, 1 << 16), name);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    internal static bool LooksLikeMarkup(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.ASCII.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t', '?');
        return text.StartsWith('<') && (text.Contains("html", StringComparison.OrdinalIgnoreCase)
                                        || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
                                        || text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase));
    }

    public IEnumerable<SourceRow> Rows()
    {
        while (true)
        {
            var fields = ReadRecord(out var line, out var raw, out var endedWithNewline);
            if (fields is null) yield break;
            if (!endedWithNewline && fields.Count < Header.Count)
                throw new SourceFileException(_name, line, Header[fields.Count - 1],
                    $"最後一列只有 {fields.Count} 個欄位（標題列有 {Header.Count} 個），檔案在此中斷，可能匯出或傳輸未完成");
            yield return new SourceRow(line, fields.ToArray(), raw);
        }
    }

    private int Peek()
    {
        if (_pos < _len) return _buffer[_pos];
        try
        {
            _len = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new SourceFileException(_name, FirstUndecodableLine(), null,
                $"有無法以 {Encoding} 解讀的位元組（檔案可能混用編碼或已損毀），請另存為單一編碼後重新匯出");
        }
        _pos = 0;
        return _len == 0 ? -1 : _buffer[0];
    }

    /// <summary>
    /// The decoder fails a whole buffer ahead of the parser, so find the line again: split the bytes at LF (never part
    /// of a UTF-8 or Big5 multi-byte character) and decode line by line.
    /// </summary>
    private long FirstUndecodableLine()
    {
        var bytes = File.ReadAllBytes(_path);
        long line = 1;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
            try
            {
                _encoding.GetCharCount(bytes, start, i - start);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }
            line++;
            start = i + 1;
        }
        return _line;
    }

    /// <summary>Null at the end of the file. Skips empty lines.</summary>
    private List<string>? ReadRecord(out long startLine, out string raw, out bool endedWithNewline)
    {
        while (true)
        {
            var c = Peek();
            if (c == -1)
            {
                startLine = _line;
                raw = "";
                endedWithNewline = true;
                return null;
            }
            if (c == '\n') { _pos++; _line++; continue; }
            if (c == '\r') { _pos++; if (Peek() == '\n') _pos++; _line++; continue; }
            break;
        }

        startLine = _line;
        _raw.Clear();
        var fields = new List<string>();
        _field.Clear();
        var quoted = false;
        var fieldStart = true;
        while (true)
        {
            var c = Peek();
            if (c == -1)
            {
                if (quoted)
                    throw new SourceFileException(_name, startLine, null,
                        "引號（\"）沒有結束就到了檔案結尾：檔案可能不完整（被截斷），請重新匯出");
                fields.Add(_field.ToString());
                raw = _raw.ToString();
                endedWithNewline = false;
                return fields;
            }
            _pos++;
            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"') { _pos++; _field.Append('"'); _raw.Append("\"\""); continue; }
                    quoted = false;
                    _raw.Append('"');
                    continue;
                }
                if (c == '\n') _line++;
                else if (c == '\r' && Peek() != '\n') _line++;
                _field.Append((char)c);
                _raw.Append((char)c);
                continue;
            }
            if (c is not ('"' or ',' or '\r' or '\n'))
            {
                // The run of ordinary characters up to the next comma, quote or line end, copied at once.
                var run = _buffer.AsSpan(_pos - 1, _len - _pos + 1);
                var end = run.IndexOfAny(Special);
                if (end < 0) end = run.Length;
                _field.Append(run[..end]);
                _raw.Append(run[..end]);
                _pos += end - 1;
                fieldStart = false;
                continue;
            }
            switch (c)
            {
                case '"' when fieldStart:
                    quoted = true;
                    fieldStart = false;
                    _raw.Append('"');
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    fieldStart = true;
                    _raw.Append(',');
                    break;
                case '\r':
                case '\n':
                    if (c == '\r' && Peek() == '\n') _pos++;
                    _line++;
                    fields.Add(_field.ToString());
                    raw = _raw.ToString();
                    endedWithNewline = true;
                    return fields;
                default:
                    _field.Append((char)c);
                    _raw.Append((char)c);
                    fieldStart = false;
                    break;
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}

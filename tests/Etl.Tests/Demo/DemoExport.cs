using System.Text;

namespace PortfolioAnalytics.Etl.Tests.Demo;

/// <summary>Reads a generated export back for assertions: each file as header → value rows, decoded strictly.</summary>
internal sealed class DemoExport(string dir)
{
    private readonly Dictionary<string, List<Dictionary<string, string>>> _cache = [];

    public string Dir => dir;

    static DemoExport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static Encoding StrictBig5 => Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public List<Dictionary<string, string>> Rows(string file)
    {
        if (_cache.TryGetValue(file, out var cached)) return cached;
        var bytes = File.ReadAllBytes(Path.Combine(dir, file));
        string text;
        try { text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { text = StrictBig5.GetString(bytes); }
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = Split(lines[0]);
        var rows = lines.Skip(1).Select(l =>
        {
            var f = Split(l);
            return header.Select((h, i) => (h, v: i < f.Count ? f[i] : "")).ToDictionary(x => x.h, x => x.v);
        }).ToList();
        return _cache[file] = rows;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}

using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// An XLSX workbook's shared strings, streamed once into a temporary file (deleted on dispose) with only each
/// string's offset kept in memory (8 bytes a string), so a workbook of millions of distinct strings is read without
/// holding them. Recently read strings are kept in a small cache: a column of a few values (pdf, 通過) repeats.
/// </summary>
internal sealed class SharedStringCache : IDisposable
{
    private const int CacheSize = 4096;
    private readonly FileStream? _file;
    private readonly List<long> _offsets = [0];
    private readonly (int Index, string Text)[] _cache = new (int, string)[CacheSize];

    private SharedStringCache(FileStream? file) => _file = file;

    public static SharedStringCache Read(SharedStringTablePart? part)
    {
        if (part is null) return new SharedStringCache(null);
        var path = Path.Combine(Path.GetTempPath(), $"pa-xlsx-strings-{Guid.NewGuid():N}.bin");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var cache = new SharedStringCache(file);
        try
        {
            using var reader = OpenXmlReader.Create(part);
            var buffer = new byte[4096];
            while (reader.Read())
            {
                if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                var text = item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
                var n = Encoding.UTF8.GetMaxByteCount(text.Length);
                if (n > buffer.Length) buffer = new byte[Math.Max(n, buffer.Length * 2)];
                var length = Encoding.UTF8.GetBytes(text, buffer);
                file.Write(buffer, 0, length);
                cache._offsets.Add(file.Position);
            }
            file.Flush();
            Array.Fill(cache._cache, (-1, ""));
            return cache;
        }
        catch
        {
            cache.Dispose();
            throw;
        }
    }

    public int Count => _offsets.Count - 1;

    /// <summary>The string at <paramref name="index"/>; null when the workbook has no such string.</summary>
    public string? Get(int index)
    {
        if (_file is null || index < 0 || index >= Count) return null;
        ref var slot = ref _cache[index % CacheSize];
        if (slot.Index == index) return slot.Text;
        var start = _offsets[index];
        var bytes = new byte[_offsets[index + 1] - start];
        RandomAccess.Read(_file.SafeFileHandle, bytes, start);
        slot = (index, Encoding.UTF8.GetString(bytes));
        return slot.Text;
    }

    public void Dispose() => _file?.Dispose();
}

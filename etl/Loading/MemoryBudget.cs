using System.Globalization;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// How much export one load may take on. A load keeps its staging in memory for its one transaction, at roughly
/// <see cref="BytesPerFileByte"/> bytes of memory per byte of file (measured: README, 「portfolio load」), so an export
/// beyond the memory available is refused before anything is read instead of ending in an out-of-memory.
/// </summary>
public static class MemoryBudget
{
    /// <summary>
    /// Peak resident memory per byte of CSV, rounded up: loading a 200 MB 課程學習成果 file (2.24 M rows) peaked at
    /// 1.8 GB, 2.1 GB when every row was rejected.
    /// </summary>
    public const int BytesPerFileByte = 10;

    public const string OutOfMemoryMessage =
        "記憶體不足，載入已中止，倉儲未變更。請分批匯出（例如以 delta 檔只匯出新增或變更的資料），或在記憶體較大的機器上載入";

    /// <summary>The default limit: the memory available now (MemAvailable, or the GC's limit), divided by the factor.</summary>
    public static long DefaultMaxExportBytes()
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (MemAvailable() is { } free) available = Math.Min(available, free);
        return available / BytesPerFileByte;
    }

    /// <summary>Null when the manifest's files fit in <paramref name="maxBytes"/> (null = the default); else the zh-TW refusal.</summary>
    public static string? Refusal(string exportDir, Manifest manifest, long? maxBytes)
    {
        var limit = maxBytes ?? DefaultMaxExportBytes();
        var sizes = manifest.Files.Select(f => f.File).Distinct()
            .Select(f => (File: f, Bytes: LoadBytes(Path.Combine(exportDir, f))))
            .OrderByDescending(f => f.Bytes).ToList();
        var total = sizes.Sum(f => f.Bytes);
        if (total <= limit) return null;
        var largest = string.Join("、", sizes.Take(3).Select(f => $"{f.File} {Mb(f.Bytes)}"));
        var unpacked = manifest.Files.Any(f => f.File.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) ? "（活頁簿以解壓後計）" : "";
        return $"匯出檔共 {Mb(total)}{unpacked}，超過本機可載入的上限 {Mb(limit)}（依可用記憶體估算，或由 --max-export-mb 指定）；"
               + $"最大的檔案：{largest}。為避免記憶體不足，已拒絕載入，倉儲未變更。請改以 delta 檔分批匯出，或在記憶體較大的機器上載入";
    }

    /// <summary>
    /// What a file weighs when loaded: its length, or for a workbook the uncompressed length of its parts (read from
    /// the ZIP directory alone), since a sheet's XML is what is parsed. A file that is absent or unreadable weighs 0:
    /// reading it stops that file later, with its own message.
    /// </summary>
    private static long LoadBytes(string path)
    {
        if (!File.Exists(path)) return 0;
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return new FileInfo(path).Length;
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            return Math.Max(new FileInfo(path).Length, zip.Entries.Sum(e => e.Length));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return new FileInfo(path).Length;
        }
    }

    public static bool IsOutOfMemory(Exception e) =>
        e is OutOfMemoryException
        || (e is DuckDB.NET.Data.DuckDBException && e.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase))
        || (e.InnerException is { } inner && IsOutOfMemory(inner));

    private static string Mb(long bytes) => bytes < 1048576
        ? (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB"
        : (bytes / 1048576.0).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    private static long? MemAvailable()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? null : long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}

using System.Text.Json;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>One file of the export as the manifest lists it; Size (bytes) when the manifest states it.</summary>
public sealed record ManifestFile(string Kind, string File, string? Sheet, bool Full, long? Size = null);

/// <summary>manifest.json: the school, the moment of export, and per kind its file and whether it is full or delta.</summary>
public sealed record Manifest(string SchoolCode, DateTime ExportedAt, IReadOnlyList<ManifestFile> Files)
{
    public const string FileName = "manifest.json";
    private const long MaxBytes = 1 << 20;

    /// <summary>Throws <see cref="FormatException"/> with a zh-TW message naming what is wrong.</summary>
    public static Manifest Read(string exportDir)
    {
        var path = Path.Combine(exportDir, FileName);
        if (!Directory.Exists(exportDir)) throw new FormatException($"找不到匯出資料夾「{exportDir}」");
        if (!System.IO.File.Exists(path)) throw new FormatException($"匯出資料夾中沒有 {FileName}（應說明學校代碼、匯出時間與各檔案）");
        if (new FileInfo(path).Length > MaxBytes)
            throw new FormatException($"{FileName} 超過 {MaxBytes / 1024:N0} KB，不像是檔案清單，已拒絕載入");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{FileName} 第 {(e.LineNumber ?? 0) + 1} 行格式錯誤，不是有效的 JSON");
        }
        using (doc)
        {
            var root = doc.RootElement;
            var code = Text(root, "school_code") ?? throw new FormatException($"{FileName} 缺少 school_code（學校代碼）");
            var at = Text(root, "exported_at") ?? throw new FormatException($"{FileName} 缺少 exported_at（匯出時間）");
            if (!DateText.TryParseDateTime(at, out var exportedAt, out var error))
                throw new FormatException($"{FileName} 的 exported_at：{error}");
            if (!root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
                throw new FormatException($"{FileName} 缺少 files（檔案清單）");
            var list = new List<ManifestFile>();
            var i = 0;
            foreach (var f in files.EnumerateArray())
            {
                i++;
                var kind = Text(f, "kind") ?? throw new FormatException($"{FileName} 第 {i} 個檔案缺少 kind");
                var file = Text(f, "file") ?? throw new FormatException($"{FileName} 第 {i} 個檔案缺少 file");
                var mode = Text(f, "mode") ?? "full";
                if (mode is not ("full" or "delta"))
                    throw new FormatException($"{FileName} 中「{file}」的 mode 應為 full 或 delta，收到「{mode}」");
                if (ExportFolder.Problem(exportDir, file) is { } problem)
                    throw new FormatException($"{FileName} 第 {i} 個檔案「{Visible(file)}」{problem}；匯出資料夾必須自成一體，已拒絕載入，倉儲未變更");
                list.Add(new ManifestFile(kind, file, Text(f, "sheet"), mode == "full", Size(f, i, file)));
            }
            return new Manifest(code, exportedAt, list);
        }
    }

    /// <summary>The optional <c>size</c> in bytes: a whole number from 0 up, or the manifest is refused.</summary>
    private static long? Size(JsonElement f, int i, string file)
    {
        if (!f.TryGetProperty("size", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var size) && size >= 0) return size;
        throw new FormatException($"{FileName} 第 {i} 個檔案「{Visible(file)}」的 size 應為 0 以上的整數（位元組），收到「{v.GetRawText()}」，已拒絕載入");
    }

    /// <summary>The name with invisible characters written as U+XXXX, so a message shows what is really there.</summary>
    private static string Visible(string name) => string.Concat(name.Select(c =>
        char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? $"<U+{(int)c:X4}>" : c.ToString()));

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? v.ToString().Trim()
            : null;
}

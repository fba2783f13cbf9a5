using System.Security.Cryptography;
using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>An export folder: manifest.json and one CSV or XLSX file per kind.</summary>
public sealed class ExportFolderSource(string exportDir) : IRecordSource
{
    private Manifest? _manifest;

    public string Folder => exportDir;

    public string Description => "export-folder:" + Path.GetFullPath(exportDir);

    public Manifest Prepare(DuckDBConnection warehouse) => _manifest = Manifest.Read(exportDir);

    public IEnumerable<string> Unlisted()
    {
        var listed = (_manifest?.Files ?? []).Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(exportDir).Select(Path.GetFileName).OfType<string>()
            .Where(name => name != Manifest.FileName && !listed.Contains(name)).Order(StringComparer.Ordinal);
    }

    public ITableReader Open(ManifestFile file, string displayName)
    {
        var path = Path.Combine(exportDir, file.File);
        if (file.Size is { } size && File.Exists(path) && new FileInfo(path).Length is var length && length != size)
            throw new SourceFileException(displayName, null, null,
                $"檔案大小 {length:N0} 位元組與 manifest.json 記載的 {size:N0} 位元組不符，檔案可能不完整或已被更動，請重新匯出");
        return TableReader.Open(path, file.Sheet, displayName);
    }

    public string Fingerprint(ManifestFile file)
    {
        var path = Path.Combine(exportDir, file.File);
        if (!File.Exists(path)) return "";
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }

    public bool FingerprintIsContent => true;

    public void Committing(DuckDBConnection warehouse, LoadResult result) { }

    public void Dispose() { }
}

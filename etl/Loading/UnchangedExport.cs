using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Recognises an export the warehouse already holds: every listed file has the SHA-256 of its kind's last successful
/// load. Only the whole export is skipped, never some of its files: a changed file can change what another file's rows
/// may refer to (an unknown student, a deleted course), so an unchanged file beside a changed one is read and checked.
/// </summary>
internal static class UnchangedExport
{
    /// <summary>Each kind's previous load when every table (kind → fingerprint) is unchanged; null when any is new or differs.</summary>
    public static IReadOnlyDictionary<string, long>? Previous(DuckDBConnection c, string schoolCode, IReadOnlyDictionary<string, string> hashes)
    {
        if (hashes.Count == 0) return null;
        var last = new Dictionary<string, (string? Sha, long Load)>();
        using (var cmd = WarehouseCommand.Create(c, SqlText.Load("Loading/Sql/last_loaded_files.sql"), ("school", schoolCode)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) last[r.GetString(0)] = (r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2));
        var previous = new Dictionary<string, long>();
        foreach (var kind in hashes.Keys)
        {
            // An empty fingerprint (no file, a source that cannot hash its rows) never counts as unchanged.
            if (!last.TryGetValue(kind, out var l) || string.IsNullOrEmpty(l.Sha) || l.Sha != hashes[kind]) return null;
            previous[kind] = l.Load;
        }
        return previous;
    }

    public static string Message(long previousLoad) => $"檔案內容與第 {previousLoad} 次載入時相同（SHA-256 一致），未重新讀取";
}

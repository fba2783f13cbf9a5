using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// Keeps the school configuration used by the last load inside the warehouse (table <c>school_config</c>, the
/// YAML text itself), so commands that are given only <c>--warehouse</c> (completion, report, serve) use the same rules.
/// </summary>
public static class SchoolConfigStore
{
    /// <summary>
    /// Stores the file the configuration was read from (once per distinct text). Returns false, storing nothing, for a
    /// configuration built in code (tests) that has no file text.
    /// </summary>
    public static bool Save(WarehouseDb db, SchoolConfig config)
    {
        if (config.SourceText is not { } yaml) return false;
        using var connection = db.Connect();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = SqlResource.Load("Schools/Sql/save_config.sql");
        cmd.Parameters.Add(new DuckDBParameter("code", config.Code));
        cmd.Parameters.Add(new DuckDBParameter("name", config.Name));
        cmd.Parameters.Add(new DuckDBParameter("source", config.SourceName ?? ""));
        cmd.Parameters.Add(new DuckDBParameter("yaml", yaml));
        cmd.Parameters.Add(new DuckDBParameter("sha", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))));
        cmd.ExecuteNonQuery();
        return true;
    }

    /// <summary>The configuration stored by the last load (of the given school code, or of any school), or null.</summary>
    public static SchoolConfig? TryLoad(WarehouseDb db, string? schoolCode = null)
    {
        using var connection = db.Connect();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = SqlResource.Load("Schools/Sql/load_config.sql");
        cmd.Parameters.Add(new DuckDBParameter("code", schoolCode));
        using var reader = cmd.ExecuteReader();
        if (!reader.Read()) return null;
        var name = reader.GetString(1);
        return SchoolConfigReader.Read(reader.GetString(0), $"倉儲中的 {(name.Length > 0 ? name : "學校設定")}");
    }

    /// <summary>
    /// The configuration stored by the last load (the only school, or the given code). A warehouse no load has
    /// written yet (a fresh file in a test) gets the shipped <c>jingxin</c> rules, as before configurations were stored;
    /// a school code the warehouse has no configuration for is an error, never another school's rules.
    /// </summary>
    public static SchoolConfig Load(WarehouseDb db, string? schoolCode = null)
    {
        if (TryLoad(db, schoolCode) is { } stored) return stored;
        var fallback = SchoolCatalog.Load("jingxin");
        if (schoolCode is null || schoolCode == fallback.Code) return fallback;
        throw new InvalidOperationException($"倉儲中沒有學校代碼 {schoolCode} 的學校設定：請先以該校設定執行 portfolio load，或以 --school 指定");
    }
}

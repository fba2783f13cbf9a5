using System.Collections.Concurrent;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// The schools of a warehouse (or of a Parquet lake opened as one): the configuration each school's last load stored
/// in <c>school_config</c>, and the schools the loads wrote without one (a warehouse filled in code by a test).
/// </summary>
public sealed class WarehouseSchools(WarehouseDb db) : ISchoolDirectory
{
    // Reading a school file is pure in its text: 70 schools are read once per process, not once per question.
    private static readonly ConcurrentDictionary<string, SchoolConfig> Parsed = new();

    private List<Stored>? _schools;

    public IReadOnlyList<SchoolEntry> Schools()
    {
        // Each file's read checks its whole schedule (10–20 ms a school), so a city's files are read side by side.
        var stored = Read();
        stored.AsParallel().ForAll(s => _ = s.Config.Value);
        return stored.Select(s => new SchoolEntry(s.Code, s.Config.Value?.Name ?? s.Name, s.Config.Value?.District)).ToList();
    }

    /// <summary>Whether the warehouse holds a school of this code, without reading any school's file.</summary>
    public bool Holds(string schoolCode) => Read().Any(s => s.Code == schoolCode);

    public SchoolConfig Config(string schoolCode)
    {
        var stored = Read();
        if (stored.FirstOrDefault(s => s.Code == schoolCode) is { } school)
            return school.Config.Value ?? SchoolConfigStore.Load(db, schoolCode);
        if (stored.Count == 0) return SchoolConfigStore.Load(db, schoolCode);
        throw new InvalidOperationException(
            $"倉儲中沒有學校代碼 {schoolCode}；倉儲中的學校：{string.Join("、", stored.Select(s => $"{s.Code} {s.Name}"))}");
    }

    private List<Stored> Read()
    {
        if (_schools is not null) return _schools;
        using var connection = db.Connect();
        using var cmd = WarehouseCommand.Create(connection, SqlResource.Load("Schools/Sql/directory.sql"), []);
        using var reader = cmd.ExecuteReader();
        var rows = new List<(string Code, string Name, string? Yaml, string? Sha)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        // A school's file is read when that school is asked for: one school's command reads one file, not a city's.
        return _schools = rows.Select(r => new Stored(r.Code, r.Name, new Lazy<SchoolConfig?>(() => r.Yaml is null ? null
            : Parsed.GetOrAdd(r.Sha!, static (_, a) => SchoolConfigReader.Read(a.Yaml, $"倉儲中的 {a.Name}"),
                (Yaml: r.Yaml, Name: r.Name.Length > 0 ? r.Name : "學校設定"))))).ToList();
    }

    private sealed record Stored(string Code, string Name, Lazy<SchoolConfig?> Config);
}

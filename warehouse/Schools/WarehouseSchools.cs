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

    public IReadOnlyList<SchoolEntry> Schools() =>
        Read().Select(s => new SchoolEntry(s.Code, s.Config?.Name ?? s.Name, s.Config?.District)).ToList();

    public SchoolConfig Config(string schoolCode)
    {
        var stored = Read();
        if (stored.FirstOrDefault(s => s.Code == schoolCode) is { } school)
            return school.Config ?? SchoolConfigStore.Load(db, schoolCode);
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
        var list = new List<Stored>();
        while (reader.Read())
        {
            var code = reader.GetString(0);
            var name = reader.GetString(1);
            var config = reader.IsDBNull(2) ? null
                : Parsed.GetOrAdd(reader.GetString(3), static (_, a) => SchoolConfigReader.Read(a.Yaml, $"倉儲中的 {a.Name}"),
                    (Yaml: reader.GetString(2), Name: name.Length > 0 ? name : "學校設定"));
            list.Add(new Stored(code, name, config));
        }
        return _schools = list;
    }

    private sealed record Stored(string Code, string Name, SchoolConfig? Config);
}

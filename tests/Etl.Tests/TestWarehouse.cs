using System.Globalization;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>A temp folder with a warehouse file in it; deleted on dispose.</summary>
internal sealed class TestWarehouse : IDisposable
{
    public DirectoryInfo Root { get; } = Directory.CreateTempSubdirectory("pa-etl-");
    public WarehouseDb Db { get; }
    private int _exports;

    /// <summary>A migrated empty warehouse, made once per test run and copied: applying every migration takes most of a second.</summary>
    private static readonly Lazy<string> Template = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pa-etl-template-").FullName, "template.duckdb");
        WarehouseDb.Open(path).Dispose();
        return path;
    });

    public TestWarehouse()
    {
        var path = Path.Combine(Root.FullName, "w.duckdb");
        File.Copy(Template.Value, path);
        Db = WarehouseDb.Open(path);
    }

    public ExportBuilder NewExport() => new(Path.Combine(Root.FullName, $"export{++_exports}"));

    public long Count(string sql) => Convert.ToInt64(Scalar(sql), CultureInfo.InvariantCulture);

    public object? Scalar(string sql)
    {
        using var c = Db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public List<string> Rows(string sql)
    {
        using var c = Db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "" : Format(r.GetValue(i)))));
        return rows;
    }

    private static string Format(object v) => v switch
    {
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    public void Dispose()
    {
        Db.Dispose();
        try { Root.Delete(true); } catch (IOException) { }
    }
}

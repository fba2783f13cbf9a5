using System.Globalization;
using System.Reflection;
using DuckDB.NET.Data;

namespace PortfolioAnalytics.Warehouse.Storage;

/// <summary>Applies the embedded <c>Migrations/NNNN_*.sql</c> files not yet recorded in <c>schema_migration</c>.</summary>
internal static class Migrator
{
    public static void Apply(DuckDBConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER, name VARCHAR, applied_at TIMESTAMP)");
        var applied = new HashSet<int>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT version FROM schema_migration";
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetInt32(0));
        }

        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in SqlResource.Names(assembly, "Migrations"))
        {
            var file = name["Migrations/".Length..];
            var version = int.Parse(file[..4], CultureInfo.InvariantCulture);
            if (applied.Contains(version)) continue;
            using var tx = connection.BeginTransaction();
            Execute(connection, SqlResource.Load(assembly, name));
            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_migration VALUES ($v, $n, now()::TIMESTAMP)";
            record.Parameters.Add(new DuckDBParameter("v", version));
            record.Parameters.Add(new DuckDBParameter("n", file));
            record.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}

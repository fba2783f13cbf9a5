using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// Fills the sample admin-system schema (Sources/Database/Sample/schema.sql, recreated) with the rows of a demo export,
/// so that pulling it loads what loading the export loads. Each file row is parsed as the loader parses it; a value a
/// typed column cannot hold (a bad date) is stored as NULL when the column is required (the pull rejects the row too),
/// and the row is left out when it is optional or its fields do not line up (the export's load rejects those rows).
/// </summary>
public static partial class SampleSchemaFiller
{
    /// <summary>Rows written per kind; every row's upd_time is <paramref name="updatedAt"/> (the moment of the export).</summary>
    public static IReadOnlyDictionary<string, long> Fill(string connectionString, SchoolConfig school, string exportDir, DateTime updatedAt)
    {
        var manifest = Manifest.Read(exportDir);
        var written = new Dictionary<string, long>();
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var tx = c.BeginTransaction();
        using (var cmd = new NpgsqlCommand(SqlResource.Load(typeof(SampleSchemaFiller).Assembly, "Sources/Database/Sample/schema.sql"), c, tx))
            cmd.ExecuteNonQuery();
        var tables = SampleTables();
        foreach (var file in manifest.Files)
        {
            if (!KindCatalog.TryGet(file.Kind, out var kind) || !tables.TryGetValue(file.Kind, out var table)) continue;
            written[file.Kind] = Copy(c, kind, school, table, Path.Combine(exportDir, file.File), file.File, updatedAt);
        }
        tx.Commit();
        // As a running admin system's tables would be: with statistics, so a pull's `upd_time > @since` uses the
        // upd_time index (right after a bulk COPY the planner still sees empty tables and scans them).
        using (var analyze = new NpgsqlCommand("ANALYZE " + string.Join(", ", tables.Values.Select(t => "adm." + t)), c))
            analyze.ExecuteNonQuery();
        return written;
    }

    /// <summary>kind → table, from the sample queries (… FROM adm.table).</summary>
    private static Dictionary<string, string> SampleTables() =>
        Sources.Database.DatabaseSourceConfigReader.Sample().Kinds.ToDictionary(k => k.Kind, k => FromTable().Match(k.Sql).Groups[1].Value);

    private static long Copy(NpgsqlConnection c, KindSpec kind, SchoolConfig school, string table, string path, string name, DateTime updatedAt)
    {
        var columns = Columns(c, table);
        using var reader = TableReader.Open(path, null, name);
        var map = HeaderMap.Build(kind, school, reader.Header, name);
        var parser = new RowParser(kind, map, ColumnFit.None(kind), DateTime.MaxValue, rejectFutureDates: false);
        using var copy = c.BeginBinaryImport($"COPY adm.{table} ({string.Join(", ", columns)}, upd_time) FROM STDIN (FORMAT BINARY)");
        long n = 0;
        foreach (var row in reader.Rows())
        {
            var values = parser.Parse(row, out var reject);
            if (reject?.Code == "bad_field_count") continue;
            var typed = new object?[kind.Columns.Count];
            var keep = true;
            for (var i = 0; i < kind.Columns.Count && keep; i++)
            {
                var col = kind.Columns[i];
                var at = map.Positions[i];
                var text = at >= 0 && at < row.Fields.Length ? TextCleaning.Clean(row.Fields[at]) : "";
                if (col.Type is ColumnType.Text or ColumnType.NationalId) typed[i] = text.Length == 0 ? null : text;
                else if (values[i] is null && text.Length > 0) keep = col.Required;
                else typed[i] = values[i] is long l ? l / col.Multiplier : values[i];
            }
            if (!keep) continue;
            copy.StartRow();
            for (var i = 0; i < typed.Length; i++) Write(copy, kind.Columns[i].Type, typed[i]);
            copy.Write(updatedAt, NpgsqlDbType.Timestamp);
            n++;
        }
        copy.Complete();
        return n;
    }

    private static void Write(NpgsqlBinaryImporter copy, ColumnType type, object? v)
    {
        if (v is null)
        {
            copy.WriteNull();
            return;
        }
        switch (type)
        {
            case ColumnType.Integer: copy.Write(Convert.ToInt32(v, CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
            case ColumnType.RocYear: copy.Write(Convert.ToInt16(v, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint); break;
            case ColumnType.Number: copy.Write((decimal)v, NpgsqlDbType.Numeric); break;
            case ColumnType.Date: copy.Write((DateOnly)v, NpgsqlDbType.Date); break;
            case ColumnType.DateTime: copy.Write((DateTime)v, NpgsqlDbType.Timestamp); break;
            case ColumnType.YesNo: copy.Write((bool)v, NpgsqlDbType.Boolean); break;
            default: copy.Write((string)v, NpgsqlDbType.Varchar); break;
        }
    }

    /// <summary>The table's data columns in order (the kind's columns: the schema lists them in catalog order).</summary>
    private static List<string> Columns(NpgsqlConnection c, string table)
    {
        using var cmd = new NpgsqlCommand("""
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = 'adm' AND table_name = @t AND column_name NOT IN ('id', 'upd_time') ORDER BY ordinal_position
            """, c);
        cmd.Parameters.AddWithValue("t", table);
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    [GeneratedRegex(@"FROM\s+adm\.(\w+)")]
    private static partial Regex FromTable();
}

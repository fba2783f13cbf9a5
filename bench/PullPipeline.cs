using Npgsql;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources.Database;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// `--postgres`: the demo school through the database source (PORTFOLIO_SOURCE_CONNECTION). Fills the sample admin
/// schema once; then per repeat a full pull into a fresh warehouse and, after 1 % of every table's rows changed (a
/// different 1 % each time, stamped a day later than the last), an incremental pull into that warehouse.
/// </summary>
internal static class PullPipeline
{
    public static async Task Run(string dir, SchoolConfig school, DemoSummary demo, int repeat, Action<StepResult> add)
    {
        var connection = Connection();
        add(await Stopwatches.Time("fill sample admin schema", 0,
            () => (SampleSchemaFiller.Fill(connection, school, demo.ExportDir, demo.ExportedAt).Values.Sum(), null)));

        var config = DatabaseSourceConfigReader.Sample();
        var warehouse = Path.Combine(dir, "pulled.duckdb");
        var round = 0;
        var full = new List<double>();
        var incremental = new List<double>();
        double? fullPeak = null, incrementalPeak = null;
        long fullRows = 0, incrementalRows = 0;
        for (var i = 0; i < repeat; i++)
        {
            round++;
            foreach (var f in new[] { warehouse, warehouse + ".wal" }) File.Delete(f);
            // Repeat 0: one timed run each. A repeat would pull "full" again into the now-full warehouse and pull
            // "incremental" again after the watermark already moved past the changed rows.
            var first = await Stopwatches.Time("pull full", 0, () => (Pull(warehouse, school, config, demo.ExportedAt.AddDays(round), true, connection), null));
            full.Add(first.MedianMs);
            fullPeak = Math.Max(fullPeak ?? 0, first.PeakRssMb ?? 0);
            fullRows = first.Rows ?? 0;
            Change(connection, round, demo.ExportedAt.AddDays(round).AddHours(1));
            var next = await Stopwatches.Time("pull incremental", 0, () => (Pull(warehouse, school, config, demo.ExportedAt.AddDays(round).AddHours(2), false, connection), null));
            incremental.Add(next.MedianMs);
            incrementalPeak = Math.Max(incrementalPeak ?? 0, next.PeakRssMb ?? 0);
            incrementalRows = next.Rows ?? 0;
        }
        add(Summary("pull full (fresh warehouse)", full, fullRows, fullPeak));
        add(Summary("pull incremental (1 % changed)", incremental, incrementalRows, incrementalPeak));
    }

    public static string Connection() => Environment.GetEnvironmentVariable(DatabaseSourceConfig.DefaultConnectionEnv)
        ?? throw new ArgumentException($"--postgres 需要環境變數 {DatabaseSourceConfig.DefaultConnectionEnv}");

    /// <summary>Rows read.</summary>
    private static long Pull(string warehouse, SchoolConfig school, DatabaseSourceConfig config, DateTime at, bool full, string connection)
    {
        var open = System.Diagnostics.Stopwatch.StartNew();
        using var db = WarehouseDb.Open(warehouse);
        if (Environment.GetEnvironmentVariable("PA_ETL_TRACE") == "all") Console.Error.WriteLine($"[bench {open.Elapsed.TotalMilliseconds:0.0} ms] open warehouse");
        using var source = new DatabaseSource(school, config, at, full, connection);
        var load = System.Diagnostics.Stopwatch.StartNew();
        var result = ExportLoader.Load(db, school, source, clock: at);
        if (Environment.GetEnvironmentVariable("PA_ETL_TRACE") == "all") Console.Error.WriteLine($"[bench {load.Elapsed.TotalMilliseconds:0.0} ms] ExportLoader.Load; GC gen2 so far {GC.CollectionCount(2)}");
        if (result.Status == LoadResult.Failed) throw new InvalidOperationException(result.Message);
        if (!full && source.Pulls.Any(p => p.Full)) throw new InvalidOperationException("expected an incremental pull");
        return result.Kinds.Sum(k => k.Read);
    }

    /// <summary>1 % of every table's rows, re-saved at <paramref name="at"/>; the artifacts' 簡述 really changes.</summary>
    private static void Change(string connection, int round, DateTime at)
    {
        using var c = new NpgsqlConnection(connection);
        c.Open();
        var tables = new List<string>();
        using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'adm'", c))
        using (var r = list.ExecuteReader())
            while (r.Read()) tables.Add(r.GetString(0));
        foreach (var t in tables)
        {
            var extra = t == "lp_cos_result" ? ", brief = left(coalesce(brief, '') || '（修）', 100)" : "";
            using var cmd = new NpgsqlCommand($"UPDATE adm.{t} SET upd_time = @at{extra} WHERE id % 100 = @k", c);
            cmd.Parameters.AddWithValue("at", at);
            cmd.Parameters.AddWithValue("k", round % 100);
            cmd.ExecuteNonQuery();
        }
    }

    private static StepResult Summary(string step, List<double> runs, long rows, double? peakRssMb)
    {
        var sorted = runs.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        // The first run is the cold one, reported apart; the median is over all the runs.
        return new StepResult(step, "in-process", Math.Round(runs[0], 1), Math.Round(median, 1), runs.Select(r => Math.Round(r, 1)).ToList(), peakRssMb, rows);
    }
}

using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources.Database;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>A small demo school's export, the sample admin schema filled from it, and helpers to pull and compare.</summary>
internal sealed class PulledSchool : IDisposable
{
    public TestPostgres Pg { get; }
    public DirectoryInfo Root { get; } = Directory.CreateTempSubdirectory("pa-pull-");
    public DemoOptions Options { get; }
    public SchoolConfig School { get; } = SchoolCatalog.Load("jingxin");
    public string ExportDir => Path.Combine(Root.FullName, "export");

    /// <param name="server">The server's connection string; null = PORTFOLIO_TEST_POSTGRES.</param>
    public PulledSchool(int students = 90, bool dirt = true, string? server = null)
    {
        Pg = new TestPostgres(server);
        Options = new DemoOptions(students, 7, Dirt: dirt);
        try
        {
            DemoSchool.Write(Options, ExportDir);
            SampleSchemaFiller.Fill(Pg.Connection, School, ExportDir, Options.ExportedAt);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public DatabaseSourceConfig Config { get; set; } = DatabaseSourceConfigReader.Sample();

    public LoadResult Pull(TestWarehouse w, DateTime at, bool full = false, string? connection = null, IProgress<string>? progress = null)
    {
        using var source = new DatabaseSource(School, Config, at, full, connection ?? Pg.Connection);
        return ExportLoader.Load(w.Db, School, source, progress, at);
    }

    public LoadResult LoadExport(TestWarehouse w) => ExportLoader.Load(w.Db, School, ExportDir, clock: Options.ExportedAt);

    /// <summary>Every live core row of the school (without bookkeeping), sorted: two warehouses with the same data give the same list.</summary>
    public static List<string> Core(TestWarehouse w)
    {
        var rows = new List<string>();
        foreach (var kind in Sources.KindCatalog.All)
            rows.AddRange(w.Rows($"SELECT * EXCLUDE (load_id, row_hash, deleted_at) FROM {kind.CoreTable} WHERE deleted_at IS NULL ORDER BY ALL")
                .Select(r => kind.CoreTable + ":" + r));
        rows.AddRange(w.Rows("SELECT * EXCLUDE (school_code) FROM student_enrolment ORDER BY ALL").Select(r => "student_enrolment:" + r));
        return rows;
    }

    /// <summary>A fingerprint of everything a load may change: core tables (with bookkeeping), watermarks, rejects, checks.</summary>
    public static List<string> Everything(TestWarehouse w)
    {
        var tables = Sources.KindCatalog.All.Select(k => k.CoreTable)
            .Concat(["etl_pull", "etl_reject", "etl_check", "etl_load_file", "student_enrolment"]).Distinct();
        return tables.Select(t => t + ":" + string.Join(",", w.Rows($"SELECT count(*), coalesce(sum(hash(t)), 0) FROM {t} t"))).ToList();
    }

    public void Dispose()
    {
        Pg.Dispose();
        try { Root.Delete(true); } catch (IOException) { }
    }
}

using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Lake;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Tests.Schools;

/// <summary>Schools in one warehouse never touch each other's rows; the Parquet lake answers the same roll-up.</summary>
[Collection(TwoSchoolsCollection.Name)]
public sealed class IsolationAndLakeTests(TwoSchoolsFixture schools)
{
    private static readonly string[] Tables =
        ["student", "staff", "school_class", "student_enrolment", "course", "course_record", "course_artifact", "certification",
         "achievement", "selection", "receipt", "submission", "counseling_record", "cadre_role"];

    [Fact]
    public void Reloading_one_school_with_rows_dropped_leaves_the_other_school_unchanged() => InCopy((db, dir) =>
    {
        var kaohsiung = Snapshot(db, "533401");
        var before = Count(db, "course_artifact", "413301");

        // 靜心's next full export lacks its last 20 artifact rows (full mode: they are marked deleted).
        var export = Path.Combine(dir, "jingxin");
        CopyFolder(schools.Exports["jingxin"].ExportDir, export);
        var artifacts = Path.Combine(export, "課程學習成果.csv");
        var lines = File.ReadAllLines(artifacts);
        File.WriteAllLines(artifacts, lines[..^20]);
        var result = ExportLoader.Load(db, SchoolCatalog.Load("jingxin"), export, clock: schools.ExportedAt.AddHours(4));
        result.Status.Should().NotBe(LoadResult.Failed, result.Message);

        Count(db, "course_artifact", "413301").Should().BeLessThan(before);
        Snapshot(db, "533401").Should().Equal(kaohsiung);
    });

    [Fact]
    public void A_delta_load_of_one_school_changes_only_that_school() => InCopy((db, dir) =>
    {
        var kaohsiung = Snapshot(db, "533401");
        var jingxin = Snapshot(db, "413301");

        // 1 in 50 placements (seat numbers) and artifacts (簡述) changed, as an incremental pull brings them.
        var source = schools.Exports["jingxin"].ExportDir;
        static IEnumerable<string> Changed(string file, Func<string, string> change) =>
            File.ReadAllLines(file).Skip(1).Where((_, i) => i % 50 == 0).Select(change);
        var export = new ExportBuilder(Path.Combine(dir, "delta"))
            {
                SchoolCode = "413301",
                ExportedAt = schools.ExportedAt.AddHours(1).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            }
            .Csv("class_assignments", "學年度,學期,學號,班級代碼,座號", Changed(Path.Combine(source, "編班.csv"), l => l[..(l.LastIndexOf(',') + 1)] + "99"), full: false)
            .Csv("artifacts", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB,簡述", Changed(Path.Combine(source, "課程學習成果.csv"), l => l + "（修）"), full: false);
        var result = ExportLoader.Load(db, SchoolCatalog.Load("jingxin"), export.Write(), clock: schools.ExportedAt.AddHours(2));

        result.Status.Should().NotBe(LoadResult.Failed, result.Message);
        result.Kinds.Single(k => k.Kind == "class_assignments").Updated.Should().BeGreaterThan(0);
        result.Kinds.Single(k => k.Kind == "artifacts").Updated.Should().BeGreaterThan(0);
        Snapshot(db, "413301").Should().NotEqual(jingxin);
        Snapshot(db, "533401").Should().Equal(kaohsiung);
    });

    /// <summary>Runs <paramref name="test"/> on a copy of the two-school warehouse in a temp folder (deleted after).</summary>
    private void InCopy(Action<WarehouseDb, string> test)
    {
        var dir = Directory.CreateTempSubdirectory("pa-isolation-").FullName;
        try
        {
            var path = Path.Combine(dir, "warehouse.duckdb");
            File.Copy(schools.WarehousePath, path);
            using var db = WarehouseDb.Open(path);
            test(db, dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_roll_up_over_the_lake_equals_the_warehouse_roll_up_and_the_schools_own_numbers()
    {
        var lake = Directory.CreateTempSubdirectory("pa-lake-").FullName;
        try
        {
            var semester = new Semester(111, 2);
            IReadOnlyList<RollupRow> fromWarehouse;
            var own = new List<(string Code, CompletionCounts Counts)>();
            using (var db = WarehouseDb.Open(schools.WarehousePath))
            {
                var progress = new List<string>();
                var tables = LakeExport.Write(db, lake, new Collect(progress));
                tables.Select(t => t.Name).Should().Contain(["course_artifact", "student", "school_config", "metric_snapshot"]);
                progress.Should().HaveCount(tables.Count);
                Directory.Exists(Path.Combine(lake, "course_artifact", "school=533401", "year=111")).Should().BeTrue();
                fromWarehouse = new SchoolRollup(db, new WarehouseSchools(db)).Completion(semester, schools.ExportedAt, RollupBy.School);
                foreach (var name in TwoSchoolsFixture.Names)
                {
                    var config = SchoolCatalog.Load(name);
                    own.Add((config.Code, CompletionCounts.Sum(new CompletionMetrics(db, config)
                        .Completion(new CompletionQuery(semester, schools.ExportedAt, Breakdown.Phase)).Select(r => r.Counts))));
                }
            }
            using var lakeDb = LakeDb.Open(lake);
            var directory = new WarehouseSchools(lakeDb);
            directory.Schools().Select(s => (s.Code, s.District)).Should().Equal(("413301", "文山區"), ("533401", "苓雅區"));
            var rollup = new SchoolRollup(lakeDb, directory);
            var fromLake = rollup.Completion(semester, schools.ExportedAt, RollupBy.School);
            fromLake.Should().Equal(fromWarehouse);
            fromLake.Select(r => (r.SchoolCode!, r.Counts)).Should().Equal(own);
            CompletionCounts.Sum(rollup.Completion(semester, schools.ExportedAt, RollupBy.Phase).Select(r => r.Counts))
                .Should().Be(CompletionCounts.Sum(own.Select(o => o.Counts)));
        }
        finally
        {
            Directory.Delete(lake, recursive: true);
        }
    }

    private static List<string> Snapshot(WarehouseDb db, string school) =>
        // Every row of the school, whole (deleted_at and validity included): its count and the sum of its rows' hashes.
        Tables.Select(t => $"{t}:{Scalar(db, $"SELECT count(*) || ':' || coalesce(sum(hash(x))::VARCHAR, '') FROM {t} x WHERE school_code = '{school}'")}").ToList();

    private static long Count(WarehouseDb db, string table, string school) =>
        Convert.ToInt64(Scalar(db, $"SELECT count(*) FROM {table} WHERE school_code = '{school}' AND deleted_at IS NULL"), System.Globalization.CultureInfo.InvariantCulture);

    private static object? Scalar(WarehouseDb db, string sql)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private sealed class Collect(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}

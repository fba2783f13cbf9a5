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
    public void Reloading_one_school_with_rows_dropped_leaves_the_other_school_unchanged()
    {
        var dir = Directory.CreateTempSubdirectory("pa-isolation-").FullName;
        try
        {
            var path = Path.Combine(dir, "warehouse.duckdb");
            File.Copy(schools.WarehousePath, path);
            using var db = WarehouseDb.Open(path);
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

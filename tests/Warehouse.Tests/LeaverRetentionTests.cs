using PortfolioAnalytics.Warehouse.Retention;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Tests;

/// <summary>The purge of leavers: every table that holds a student's data, `sealed` honoured, retention_audit written.</summary>
public sealed class LeaverRetentionTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pa-retention-");
    private readonly WarehouseDb _db;
    private readonly SchoolConfig _school = SchoolCatalog.Load("jingxin");

    public LeaverRetentionTests() => _db = WarehouseDb.Open(Path.Combine(_dir.FullName, "w.duckdb"));

    public void Dispose()
    {
        _db.Dispose();
        _dir.Delete(true);
    }

    [Fact]
    public void Every_table_with_a_student_column_is_purged_or_kept_on_purpose()
    {
        var tables = Strings("""
            SELECT DISTINCT table_name FROM information_schema.columns
            WHERE table_schema = 'main' AND data_type = 'VARCHAR'
              AND (column_name IN ('student_no', 'national_id', 'raw') OR column_name LIKE '%student%')
            ORDER BY 1
            """);
        tables.Should().Contain(["student", "etl_reject", "metric_exemption", "metric_snapshot"], "the query finds the student tables");
        var covered = LeaverRetention.Tables.Append(LeaverRetention.RejectTable).Concat(LeaverRetention.Kept.Keys).ToHashSet();
        tables.Where(t => !covered.Contains(t)).Should().BeEmpty(
            "every table holding a student's data is deleted by LeaverRetention (add Retention/Delete/<table>.sql) or listed in Kept with a reason");

        var all = Strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'");
        all.Should().Contain(LeaverRetention.Tables, "each table the purge names exists");
        foreach (var t in LeaverRetention.Tables)
            SqlResource.Load($"Retention/Delete/{t}.sql").Should().Contain($"DELETE FROM {t}");
    }

    [Fact]
    public void A_leaver_past_retention_is_removed_from_every_table_and_the_audit_says_how_many_rows()
    {
        Seed();
        var result = LeaverRetention.Purge(_db, _school, new DateTime(2021, 6, 1), 7);

        result.Leavers.Select(l => l.StudentNo).Should().Equal("L1");
        foreach (var table in LeaverRetention.Tables.Where(t => t != "certification"))
        {
            Count($"SELECT count(*) FROM {table} WHERE student_no = 'L1'").Should().Be(0, table);
            Count($"SELECT count(*) FROM {table} WHERE student_no = 'K1'").Should().BeGreaterThan(0, "{0} keeps the student who stays", table);
        }
        Count("SELECT count(*) FROM certification WHERE artifact_id = 'ART-L1'").Should().Be(0);
        Count("SELECT count(*) FROM certification WHERE artifact_id = 'ART-K1'").Should().Be(1);
        // Rows naming L1 by number or by its national ID (full-width too) go; L10 is another student.
        Strings("SELECT raw FROM etl_reject ORDER BY raw").Should().Equal("K1,李同學,102", "L10,丙同學,103");

        var audit = Count("SELECT count(*) FROM retention_audit WHERE run_id = 7 AND student_no = 'L1' AND leave_type = '轉出'");
        audit.Should().Be(LeaverRetention.Tables.Count + 1, "one audit row per table, rejected rows included");
        Count("SELECT rows_deleted FROM retention_audit WHERE run_id = 7 AND table_name = 'etl_reject'").Should().Be(2);
        Count("SELECT rows_deleted FROM retention_audit WHERE run_id = 7 AND table_name = 'metric_snapshot'").Should().Be(1);
        Count("SELECT sum(rows_deleted)::BIGINT FROM retention_audit WHERE run_id = 7").Should().Be(result.RowsDeleted);
        Strings("SELECT DISTINCT CAST(left_on AS VARCHAR) FROM retention_audit").Should().Equal("2020-01-10");

        LeaverRetention.Purge(_db, _school, new DateTime(2021, 6, 2), 8).Leavers.Should().BeEmpty("nothing is left to purge");
    }

    [Fact]
    public void A_leaver_within_retention_is_kept()
    {
        Seed();
        LeaverRetention.Purge(_db, _school, new DateTime(2020, 12, 31), 7).Leavers.Should().BeEmpty();
        Count("SELECT count(*) FROM student WHERE student_no = 'L1'").Should().Be(1);
    }

    [Fact]
    public void Sealed_data_is_kept_five_years_whatever_the_configured_retention()
    {
        Seed();
        var school = _school with { LeaverRetention = TimeSpan.FromDays(365), LeaverDataSealed = true };
        LeaverRetention.Period(school).Should().Be(LeaverRetention.SealedMinimum);
        LeaverRetention.Purge(_db, school, new DateTime(2024, 12, 1), 7).Leavers.Should().BeEmpty("sealed for five years from 2020-01-10");
        Count("SELECT count(*) FROM metric_snapshot WHERE student_no = 'L1'").Should().Be(1);
        LeaverRetention.Purge(_db, school, new DateTime(2025, 2, 1), 8).Leavers.Select(l => l.StudentNo).Should().Equal("L1");
        LeaverRetention.Period(SchoolCatalog.Load("kaohsiung-commercial")).Should().Be(TimeSpan.FromDays(5 * 365));
    }

    /// <summary>L1 left (轉出) on 2020-01-10; K1 stays; every student table holds a row of each.</summary>
    private void Seed()
    {
        var s = _school.Code;
        Exec($"""
            INSERT INTO student (school_code, student_no, national_id, name, status) VALUES
                ('{s}', 'L1', 'A123456789', '甲同學', '轉出'), ('{s}', 'K1', 'B123456780', '李同學', '在學');
            INSERT INTO enrolment_change (school_code, student_no, change_date, change_type) VALUES
                ('{s}', 'L1', DATE '2020-01-10', '轉出'), ('{s}', 'K1', DATE '2019-08-01', '轉入');
            INSERT INTO course_artifact (school_code, artifact_id, student_no) VALUES ('{s}', 'ART-L1', 'L1'), ('{s}', 'ART-K1', 'K1');
            INSERT INTO certification (school_code, artifact_id, result) VALUES ('{s}', 'ART-L1', '通過'), ('{s}', 'ART-K1', '通過');
            INSERT INTO etl_load (load_id, school_code) VALUES (1, '{s}');
            INSERT INTO etl_reject (load_id, kind, raw) VALUES
                (1, 'students', 'L1,甲同學,101'), (1, 'receipts', 'R9,Ａ１２３４５６７８９,111'),
                (1, 'students', 'K1,李同學,102'), (1, 'students', 'L10,丙同學,103');
            """);
        foreach (var table in LeaverRetention.Tables.Except(["student", "enrolment_change", "course_artifact", "certification"]))
            Exec($"INSERT INTO {table} (school_code, student_no) VALUES ('{s}', 'L1'), ('{s}', 'K1')");
    }

    private void Exec(string sql)
    {
        using var c = _db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private long Count(string sql)
    {
        using var c = _db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string sql)
    {
        using var c = _db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }
}

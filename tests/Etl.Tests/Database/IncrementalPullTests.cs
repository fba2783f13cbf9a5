using System.Globalization;
namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>Incremental pulls by watermark, the periodic full reconcile, and the overlap that catches late commits.</summary>
[Collection("postgres")]
[Trait("Speed", "Slow")]
public sealed class IncrementalPullTests
{
    [PostgresFact]
    public void Changed_rows_come_incrementally_deletions_at_the_full_reconcile_and_the_result_equals_a_fresh_full_pull()
    {
        using var school = new PulledSchool();
        using var w = new TestWarehouse();
        var t0 = school.Options.ExportedAt;
        school.Pull(w, t0).Status.Should().NotBe("failed");
        var artifacts = w.Count("SELECT count(*) FROM course_artifact WHERE deleted_at IS NULL");

        var loadedIds = w.Rows("SELECT achievement_id FROM achievement").ToHashSet();
        var goneIds = new List<string>();
        using (var c = new Npgsql.NpgsqlConnection(school.Pg.Connection))
        {
            c.Open();
            using var cmd = new Npgsql.NpgsqlCommand("SELECT perf_no FROM adm.lp_multi_perf WHERE id % 7 = 0", c);
            using var r = cmd.ExecuteReader();
            while (r.Read()) goneIds.Add(r.GetString(0));
        }
        school.Pg.Execute("""
            UPDATE adm.lp_cos_result SET brief = coalesce(brief, '') || '（修訂）' WHERE id % 10 = 0;
            INSERT INTO adm.lp_cos_result (result_no, stu_no, syear, seme, open_no, upload_time, file_type, file_kb, brief)
                SELECT result_no || 'X', stu_no, syear, seme, open_no, upload_time, file_type, file_kb, '補傳' FROM adm.lp_cos_result WHERE id % 25 = 0;
            DELETE FROM adm.lp_pick WHERE item_kind = '多元表現' AND item_no IN (SELECT perf_no FROM adm.lp_multi_perf WHERE id % 7 = 0);
            DELETE FROM adm.lp_multi_perf WHERE id % 7 = 0;
            """);
        var changed = Convert.ToInt64(school.Pg.Scalar("SELECT count(*) FROM adm.lp_cos_result WHERE id % 10 = 0 OR result_no LIKE '%X'"), CultureInfo.InvariantCulture);

        var second = school.Pull(w, t0.AddHours(1));
        second.Status.Should().NotBe("failed", second.Message);
        w.Rows($"SELECT DISTINCT mode FROM etl_pull WHERE load_id = {second.LoadId}").Should().Equal("incremental");
        w.Count($"SELECT rows_read FROM etl_pull WHERE load_id = {second.LoadId} AND kind = 'artifacts'").Should().Be(changed);
        w.Count($"SELECT rows_read FROM etl_pull WHERE load_id = {second.LoadId} AND kind = 'students'").Should().Be(0);
        w.Count("SELECT count(*) FROM course_artifact WHERE deleted_at IS NULL AND description LIKE '%（修訂）'").Should().BeGreaterThan(0);
        w.Count("SELECT count(*) FROM course_artifact WHERE deleted_at IS NULL").Should().BeGreaterThan(artifacts);
        w.Count("SELECT count(*) FROM achievement WHERE deleted_at IS NOT NULL").Should().Be(0, "an incremental pull never deletes");

        var third = school.Pull(w, t0.AddHours(25));
        third.Status.Should().NotBe("failed", third.Message);
        w.Rows($"SELECT DISTINCT mode FROM etl_pull WHERE load_id = {third.LoadId}").Should().Equal("full");
        w.Rows("SELECT achievement_id FROM achievement WHERE deleted_at IS NOT NULL ORDER BY 1")
            .Should().BeEquivalentTo(goneIds.Where(loadedIds.Contains)).And.NotBeEmpty();

        using var fresh = new TestWarehouse();
        school.Pull(fresh, t0.AddHours(25)).Status.Should().NotBe("failed");
        var (got, want) = (PulledSchool.Core(w), PulledSchool.Core(fresh));
        got.Except(want).Concat(want.Except(got).Select(r => "missing " + r)).Should().BeEmpty();
        got.Should().Equal(want);
    }

    [PostgresFact]
    public void A_row_committed_late_with_an_older_timestamp_is_caught_by_the_overlap_and_repeats_change_nothing()
    {
        using var school = new PulledSchool(40, dirt: false);
        using var w = new TestWarehouse();
        var t0 = school.Options.ExportedAt;
        school.Pull(w, t0).Status.Should().NotBe("failed");
        school.Pg.Execute("UPDATE adm.stu_base SET parent_tel = '0912345678' WHERE id = 1");
        school.Pull(w, t0.AddHours(1)).Status.Should().NotBe("failed");

        // A transaction that stamped its row before the last pull's newest row but committed after that pull.
        var newest = (DateTime)school.Pg.Scalar("SELECT max(upd_time) FROM adm.stu_base")!;
        school.Pg.Execute($"UPDATE adm.stu_base SET parent_tel = '0987654321', upd_time = '{newest.AddMinutes(-3):yyyy-MM-dd HH:mm:ss.ffffff}' WHERE id = 2");
        var third = school.Pull(w, t0.AddHours(2));
        third.Status.Should().NotBe("failed", third.Message);
        w.Count("SELECT count(*) FROM student WHERE guardian_phone = '0987654321'").Should().Be(1);
        var students = third.Kinds.Single(k => k.Kind == "students");
        students.Read.Should().Be(2, "the overlap asks again for the row already pulled");
        (students.Inserted + students.Updated).Should().Be(1, "the repeat is unchanged");
    }
}

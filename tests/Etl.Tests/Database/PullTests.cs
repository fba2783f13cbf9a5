using System.Globalization;
namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>Pulling the sample admin schema loads what loading the same data as an export loads.</summary>
[Collection("postgres")]
[Trait("Speed", "Slow")]
public sealed class PullTests
{
    [PostgresFact]
    public void A_full_pull_loads_what_the_export_loads_with_the_same_rejects()
    {
        using var school = new PulledSchool();
        using var fromFiles = new TestWarehouse();
        using var fromDb = new TestWarehouse();
        school.LoadExport(fromFiles).Status.Should().NotBe("failed");
        var pulled = school.Pull(fromDb, school.Options.ExportedAt);
        pulled.Status.Should().NotBe("failed", pulled.Message);

        PulledSchool.Core(fromDb).Should().Equal(PulledSchool.Core(fromFiles));
        fromDb.Rows("SELECT source FROM etl_load").Should().ContainSingle().Which.Should().StartWith("postgres://127.0.0.1:");
        fromDb.Rows("SELECT DISTINCT mode, encoding FROM etl_load_file").Should().Equal("full|database");
        fromDb.Count("SELECT count(*) FROM etl_pull WHERE mode = 'full' AND watermark_type = 'timestamp' AND watermark_to IS NOT NULL")
            .Should().Be(16);
        // The rows the export's load rejects for what they refer to are rejected by the pull too.
        fromDb.Rows("SELECT reason_code, count(*) FROM etl_reject WHERE reason_code LIKE 'unknown%' OR reason_code LIKE 'duplicate%' GROUP BY 1 ORDER BY 1")
            .Should().Equal(fromFiles.Rows("SELECT reason_code, count(*) FROM etl_reject WHERE reason_code LIKE 'unknown%' OR reason_code LIKE 'duplicate%' GROUP BY 1 ORDER BY 1"));
    }

    [PostgresFact]
    public void The_source_connection_is_read_only()
    {
        using var school = new PulledSchool(40, dirt: false);
        using var w = new TestWarehouse();
        school.Config = school.Config with
        {
            Kinds = school.Config.Kinds.Select(k => k.Kind == "staff"
                ? k with { Sql = k.Sql + " WHERE adm.forget_staff() >= 0" }
                : k).ToList(),
        };
        school.Pg.Execute("CREATE FUNCTION adm.forget_staff() RETURNS bigint LANGUAGE sql AS 'WITH d AS (DELETE FROM adm.tea_base RETURNING 1) SELECT count(*) FROM d'");
        var result = school.Pull(w, school.Options.ExportedAt);
        result.Status.Should().Be("failed");
        result.Message.Should().Contain("唯讀");
        Convert.ToInt64(school.Pg.Scalar("SELECT count(*) FROM adm.tea_base"), CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
    }
}

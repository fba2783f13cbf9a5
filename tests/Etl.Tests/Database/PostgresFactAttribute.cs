namespace PortfolioAnalytics.Etl.Tests.Database;

/// <summary>A test against a real PostgreSQL server: skipped, saying why, only when none is configured (CI configures one).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null)
            Skip = "未設定 PostgreSQL 測試伺服器：請先執行 `source <(bash scripts/start-test-postgres.sh --export)`（bash .ci/test 會自動啟動）";
    }
}

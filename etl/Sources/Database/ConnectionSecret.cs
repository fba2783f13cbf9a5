namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// The source's connection string, from the environment variable the school file names (default
/// PORTFOLIO_SOURCE_CONNECTION) or from a secrets file outside the repository. It is never logged or stored.
/// </summary>
public static class ConnectionSecret
{
    public static string Read(DatabaseSourceConfig config)
    {
        if (Environment.GetEnvironmentVariable(config.ConnectionEnv) is { Length: > 0 } fromEnv) return fromEnv.Trim();
        if (config.ConnectionFile is { } path)
        {
            if (!File.Exists(path))
                throw new SourceFaultException($"找不到資料庫連線設定檔「{path}」（source_database 的 connection_file）");
            return File.ReadAllText(path).Trim();
        }
        throw new SourceFaultException(
            $"未設定資料庫連線：請以環境變數 {config.ConnectionEnv} 或學校設定 source_database 的 connection_file（放在版本庫以外的機密檔）提供連線字串");
    }
}

using System.Data.Common;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// What differs between ADO.NET providers: opening a read-only connection, how a query is narrowed to rows past a
/// watermark, a description without credentials, and a zh-TW reason for a provider's exception. PostgreSQL is
/// <see cref="PostgresConnector"/>; SQL Server would be one more subclass (ApplicationIntent=ReadOnly, @since).
/// </summary>
public abstract class SourceConnector(string connectionString)
{
    protected string ConnectionString { get; } = connectionString;

    /// <summary>e.g. postgres://127.0.0.1:5432/admin — for etl_load.source, logs and pages.</summary>
    public abstract string Description { get; }

    /// <summary>An open connection whose transactions are read-only, with the statement timeout set.</summary>
    public abstract DbConnection OpenReadOnly(int statementTimeoutSeconds);

    /// <summary>The kind's query as a subquery, all rows or those with <c>watermark &gt; @since</c>.</summary>
    public abstract string Narrow(string query, string watermarkColumn, bool incremental);

    /// <summary>The source's clock inside the snapshot: local time (for timestamp columns) and UTC (for timestamptz).</summary>
    public abstract string ClockQuery { get; }

    /// <summary>The parameter <see cref="Narrow"/> names.</summary>
    public abstract DbParameter Since(object value);

    /// <summary>A zh-TW reason for what the provider threw; null when it is not the provider's (a bug: let it surface).</summary>
    public abstract string? Explain(Exception e);

    /// <summary>The provider's own connection-string checks, before anything is opened; throws <see cref="SourceFaultException"/>.</summary>
    public static SourceConnector Create(string provider, string connectionString) => provider switch
    {
        "postgres" or "postgresql" => new PostgresConnector(connectionString),
        _ => throw new SourceFaultException($"不支援的資料庫種類「{provider}」（可用：postgres）"),
    };
}

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>One record kind's query: it returns the export format's columns (docs/source-format.md) plus its watermark column.</summary>
public sealed record KindQuery(string Kind, string Sql, string Watermark);

/// <summary>
/// The school file's <c>source_database</c> section: which provider, where the connection string comes from (an
/// environment variable or a secrets file, never the school file), timeouts, how often to reconcile in full, and the
/// query per record kind.
/// </summary>
public sealed record DatabaseSourceConfig
{
    public const string DefaultConnectionEnv = "PORTFOLIO_SOURCE_CONNECTION";

    public string Provider { get; init; } = "postgres";
    public string ConnectionEnv { get; init; } = DefaultConnectionEnv;
    public string? ConnectionFile { get; init; }
    public int StatementTimeoutSeconds { get; init; } = 600;
    public TimeSpan FullReconcileEvery { get; init; } = TimeSpan.FromHours(24);
    /// <summary>Timestamp watermarks: ask again for rows this much older than the newest seen (rows committed late).</summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>Id watermarks: ask again for this many ids below the newest seen (ids committed out of order).</summary>
    public long OverlapIds { get; init; } = 1000;
    public IReadOnlyList<KindQuery> Kinds { get; init; } = [];
}

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>What one load did, per kind; Status is succeeded, rejected-rows (succeeded with rejects), or failed.</summary>
public sealed record LoadResult(
    long LoadId,
    string Status,
    string? Message,
    IReadOnlyList<KindResult> Kinds,
    IReadOnlyDictionary<string, long> RejectsByReason,
    TimeSpan Elapsed);

public sealed record KindResult(string Kind, string File, long Read, long Loaded, long Rejected, long Inserted, long Updated, long Deleted);

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// What one load did, per kind; Status is succeeded, rejected-rows (succeeded with rejects, or with files stopped:
/// see <see cref="StoppedFiles"/>), or failed (nothing changed; <see cref="Message"/> says why).
/// </summary>
public sealed record LoadResult(
    long LoadId,
    string Status,
    string? Message,
    IReadOnlyList<KindResult> Kinds,
    IReadOnlyDictionary<string, long> RejectsByReason,
    TimeSpan Elapsed,
    IReadOnlyList<string>? StoppedFiles = null,
    IReadOnlyList<CheckResult>? Checks = null)
{
    public const string Succeeded = "succeeded";
    public const string RejectedRows = "rejected-rows";
    public const string Failed = "failed";
}

/// <summary>
/// One kind's file: rows read, loaded (accepted, identical duplicates once), rejected, and what the merge did.
/// Status is loaded, stopped (the file as a whole was unusable: Message names file, line, column) or skipped.
/// </summary>
public sealed record KindResult(string Kind, string File, long Read, long Loaded, long Rejected, long Inserted, long Updated, long Deleted,
    string Status = "loaded", string? Message = null, long Unchanged = 0, string Encoding = "");

/// <summary>A data-quality check's result in this load (also in etl_check).</summary>
public sealed record CheckResult(string Name, string Severity, long RowsChecked, long RowsFailing, string? Message);

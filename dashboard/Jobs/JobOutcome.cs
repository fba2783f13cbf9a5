namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>What a successful run reports (zh-TW, no personal data).</summary>
public sealed record JobOutcome(string Message, long? LoadId = null);

/// <summary>A run that did not do its work: recorded as failed and retried by policy.</summary>
public sealed class JobFailedException(string message) : Exception(message);

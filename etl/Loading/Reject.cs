namespace PortfolioAnalytics.Etl.Loading;

/// <summary>A rejected row: where it is, which column, a stable code, the zh-TW reason staff can act on, the raw row.</summary>
public sealed record Reject(long Line, string? Column, string Code, string Reason, string Raw);

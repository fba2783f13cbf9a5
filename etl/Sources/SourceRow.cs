namespace PortfolioAnalytics.Etl.Sources;

/// <summary>One record as read: its line (CSV) or row (XLSX) number, header = 1, its fields and its raw text.</summary>
public sealed record SourceRow(long Line, string[] Fields, string Raw);

using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>A row read and typed, waiting to be appended to staging.</summary>
internal readonly record struct ParsedRow(SourceRow Row, object?[] Values, bool Rejected);

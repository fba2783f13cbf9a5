namespace PortfolioAnalytics.Etl.Sources;

/// <summary>The source failed as a whole (refused, dropped, timed out, wrong types, suddenly empty): the load ends, nothing changes.</summary>
public sealed class SourceFaultException(string message, Exception? inner = null) : Exception(message, inner);

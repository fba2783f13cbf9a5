namespace PortfolioAnalytics.Reports.Documents;

/// <summary>The machine lacks what printing needs (Chromium, a Chinese font); the message says which Debian package to install.</summary>
public sealed class ReportEnvironmentException(string message, Exception? inner = null) : ReportException(message, inner);

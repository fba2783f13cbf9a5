namespace PortfolioAnalytics.Reports.Documents;

/// <summary>A report cannot be made as asked (a format the document lacks, a template with an unknown placeholder); the message is zh-TW.</summary>
public class ReportException(string message, Exception? inner = null) : Exception(message, inner);

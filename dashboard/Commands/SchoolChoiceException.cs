namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>A warehouse holds several schools and the command was not told which (exit 2 with the list of schools).</summary>
internal sealed class SchoolChoiceException(string message) : ArgumentException(message);

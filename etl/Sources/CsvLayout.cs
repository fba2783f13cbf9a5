namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// A UTF-8 CSV file whose every record is one line: no quote character, no blank line, no NUL, one line ending
/// throughout, every line as many fields as the header (<c>\r\n</c> or <c>\n</c>, the last line ended too), valid UTF-8 to the end. Such a file splits into the
/// same records by lines and commas as <see cref="CsvTableReader"/> splits it, record N+1 on line N+2, so DuckDB may read it.
/// </summary>
public sealed record CsvLayout(string NewLine, long DataLines, int Fields);

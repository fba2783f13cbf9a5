namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// The file is not what it claims (truncated, wrong encoding, not really XLSX, no header, a required column missing):
/// the file stops, the rest of the export still loads. The message names the file, the line and the column.
/// </summary>
public sealed class SourceFileException(string file, long? line, string? column, string problem)
    : Exception(Describe(file, line, column, problem))
{
    public string File { get; } = file;
    public long? Line { get; } = line;
    public string? ColumnName { get; } = column;
    public string Problem { get; } = problem;

    private static string Describe(string file, long? line, string? column, string problem) =>
        $"{file}" + (line is { } l ? $" 第 {l:N0} 行" : "") + (column is { } c ? $"「{c}」欄" : "") + $"：{problem}";
}

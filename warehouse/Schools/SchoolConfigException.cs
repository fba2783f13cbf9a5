namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>One thing wrong in a school file, at a line and column (1-based), in words the school can act on.</summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}：{Message}" : $"{File}：{Message}";
}

/// <summary>A school file that failed validation; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class SchoolConfigException(IReadOnlyList<ConfigError> errors)
    : Exception("學校設定檔有誤：\n" + string.Join("\n", errors))
{
    public IReadOnlyList<ConfigError> Errors { get; } = errors;
}

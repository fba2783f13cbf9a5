namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// One column of a record kind: its canonical Chinese header, the staging column it lands in, its type, whether it is
/// required, the values allowed (empty = any), built-in header aliases, and an optional mapping of values.
/// </summary>
public sealed record ColumnSpec(
    string Header,
    string Column,
    ColumnType Type,
    bool Required = false,
    IReadOnlyList<string>? Allowed = null,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyDictionary<string, string>? ValueMap = null,
    int Multiplier = 1)
{
    public IReadOnlyList<string> AllowedValues => Allowed ?? [];
    public IReadOnlyList<string> BuiltInAliases => Aliases ?? [];
}

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// A school's configuration (its rules, schedules, thresholds, column-name mappings), read from its YAML file.
/// Code never branches on which school this is.
/// </summary>
public sealed record SchoolConfig
{
    /// <summary>The school code the admin system's export manifest carries.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>Extra header names per record kind: kind → canonical header → aliases a vendor uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnAliases { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();

    /// <summary>Deputies stated in the school file (in addition to the export's 代理人名單): staff_no → deputies in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Deputies { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>A source that has not delivered within this long is flagged: warn, then error.</summary>
    public TimeSpan FreshnessWarn { get; init; } = TimeSpan.FromDays(2);
    public TimeSpan FreshnessError { get; init; } = TimeSpan.FromDays(7);
}

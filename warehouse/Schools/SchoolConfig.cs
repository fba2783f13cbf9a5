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

    /// <summary>"即將截止" starts this many days before a phase's end.</summary>
    public int DueSoonDays { get; init; } = 7;

    public IReadOnlyList<string> Divisions { get; init; } = ["日間部"];
    public IReadOnlyList<Unit> Units { get; init; } = [];
    public IReadOnlyList<GroupMember> Members { get; init; } = [];
    public Caps Caps { get; init; } = new();
    public IReadOnlyList<RiskRule> RiskRules { get; init; } =
        [new(Metrics.RiskLevel.Warning, OverduePhases: 2), new(Metrics.RiskLevel.Reminder, OverduePhases: 1)];
    public IReadOnlyList<AwardThreshold> AwardThresholds { get; init; } = [];

    /// <summary>Leavers' personal data is deleted this long after they leave.</summary>
    public TimeSpan LeaverRetention { get; init; } = TimeSpan.FromDays(365 * 3);

    /// <summary>The editable parent-letter template (zh-TW, with {placeholders}); null = the built-in one.</summary>
    public string? ParentLetterTemplate { get; init; }
}

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// What a load may do beyond the defaults: confirm a mass deletion per kind, the share of a kind's rows a <c>full</c>
/// file may mark deleted without confirmation, whether dates after the export moment reject the row or only warn, and
/// the most bytes one export may hold (null = judged from the memory available, see <see cref="MemoryBudget"/>).
/// </summary>
public sealed record LoadOptions
{
    public static LoadOptions Default { get; } = new();

    /// <summary>Kinds whose full file may mark any share of their rows deleted (<c>--allow-mass-delete KIND</c>).</summary>
    public IReadOnlySet<string> AllowMassDelete { get; init; } = new HashSet<string>();

    /// <summary>A full file marking more than this share of a kind's live rows deleted stops (default 20 %).</summary>
    public decimal MassDeleteShare { get; init; } = 0.20m;

    /// <summary>Deleting at most this many rows never trips the share (a student who left a class of four is 25 %).</summary>
    public long MassDeleteFloor { get; init; } = 10;

    /// <summary>True: a date after the export's exported_at rejects the row; false (default): a warn check counts it.</summary>
    public bool RejectFutureDates { get; init; }

    /// <summary>The most bytes the files of one export may hold; null = from the memory available.</summary>
    public long? MaxExportBytes { get; init; }

    /// <summary>True when nothing differs from <see cref="Default"/> (a server given a load by hand-off uses the defaults).</summary>
    public bool IsDefault => AllowMassDelete.Count == 0 && MassDeleteShare == Default.MassDeleteShare
                             && MassDeleteFloor == Default.MassDeleteFloor && !RejectFutureDates && MaxExportBytes is null;
}

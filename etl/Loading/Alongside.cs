namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// A query of one row of BIGINT columns asked in the same statement as a kind's first check batch (over the staged rows
/// as the checks found them); <see cref="CheckRunner.Run"/> hands back its values only when no check changed those rows.
/// </summary>
internal sealed record Alongside(string Sql, (string Name, object? Value)[] Args);

/// <summary>What a kind's checks did: whether they rejected rows, and the alongside query's answer when it still holds.</summary>
internal sealed record CheckOutcome(bool Rejected, IReadOnlyDictionary<string, long>? Alongside);

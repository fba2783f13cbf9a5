namespace PortfolioAnalytics.Warehouse.Metrics.Rollup;

/// <summary>What a roll-up across schools groups by (<c>portfolio completion --by school</c>, the bureau page).</summary>
public enum RollupBy { School, District, Phase }

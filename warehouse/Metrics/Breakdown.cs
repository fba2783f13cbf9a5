namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>What a completion query groups by (the <c>--by</c> option).</summary>
public enum Breakdown { Phase, Grade, Class, Tutor, Teacher, Student }

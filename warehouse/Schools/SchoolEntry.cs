namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>A school a warehouse (or a Parquet lake) holds: its code, name and city district (行政區), if its file states one.</summary>
public sealed record SchoolEntry(string Code, string Name, string? District);

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>A sign-in account. StaffNo links a 導師 or 任課教師 to the staff export.</summary>
public sealed record Account(string UserName, string DisplayName, Role Role, string? StaffNo, string? Email);

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>
/// A sign-in account. StaffNo links a 導師 or 任課教師 to the staff export; SchoolCode is the school whose numbers the
/// account sees (null for the bureau and administrators, who choose one, and in a one-school warehouse).
/// </summary>
public sealed record Account(string UserName, string DisplayName, Role Role, string? StaffNo, string? Email, string? SchoolCode = null);

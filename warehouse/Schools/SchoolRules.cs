namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>A unit (處室/組) and its duties from the school's 工作分配; <paramref name="Office"/> is the 處室 a 組 belongs to.</summary>
public sealed record Unit(string Name, string Division, IReadOnlyList<string> Duties, string? Office = null);

/// <summary>A working-group member: role is 召集人, 執行秘書, 委員…; StaffNo links to the staff export when known.</summary>
public sealed record GroupMember(string Name, string Role, string Unit, string? StaffNo = null);

/// <summary>
/// A risk rule for the follow-up lists: a student reaches <paramref name="Level"/> (提醒 = Reminder, 警示 = Warning)
/// when they have at least <paramref name="OverduePhases"/> phases overdue, or (when set) no certified artifact this 學年.
/// </summary>
public sealed record RiskRule(Metrics.RiskLevel Level, int? OverduePhases = null, bool NoCertifiedArtifactThisYear = false);

/// <summary>
/// An award threshold for 敘獎: people of <paramref name="Role"/> (unit, tutor, teacher, counselor) whose measured
/// on-time rate is at least <paramref name="MinRate"/> are proposed <paramref name="Award"/> (e.g. 嘉獎二次).
/// Thresholds are tried from the highest rate down.
/// </summary>
public sealed record AwardThreshold(string Role, decimal MinRate, string Award);

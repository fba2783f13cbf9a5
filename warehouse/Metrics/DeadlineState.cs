using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>Where a phase stands against its deadline, for the colours of charts and bars.</summary>
public enum DeadlineState { NotYetDue, DueSoon, Overdue, Done }

public static class DeadlineStates
{
    /// <summary>
    /// 已完成 when nobody is missing (an empty population only once its deadline passed: nothing can be overdue); otherwise 已逾期 after the deadline, 即將截止 within the
    /// school's due-soon days before it (the members' own 即將截止), else 未到期 — an open phase is not a failure.
    /// </summary>
    public static DeadlineState Of(Phase phase, CompletionCounts counts, DateTime asOf, int dueSoonDays) =>
        counts.Missing == 0 && (counts.Population > 0 || asOf > phase.End) ? DeadlineState.Done
        : asOf > phase.End ? DeadlineState.Overdue
        : IsDueSoon(phase, asOf, dueSoonDays) ? DeadlineState.DueSoon
        : DeadlineState.NotYetDue;

    /// <summary>即將截止: within the school's due-soon days before the deadline (the phase's and its members' alike).</summary>
    public static bool IsDueSoon(Phase phase, DateTime asOf, int dueSoonDays) => asOf >= phase.End.AddDays(-dueSoonDays);

    public static string ToChinese(this DeadlineState s) => s switch
    {
        DeadlineState.NotYetDue => "未到期",
        DeadlineState.DueSoon => "即將截止",
        DeadlineState.Overdue => "已逾期",
        DeadlineState.Done => "已完成",
        _ => s.ToString(),
    };

    /// <summary>The colour of a state on every chart (the unfinished part of a bar, the deadline mark).</summary>
    public static string Colour(this DeadlineState s) => s switch
    {
        DeadlineState.NotYetDue => "#78909c",
        DeadlineState.DueSoon => "#ef6c00",
        DeadlineState.Overdue => "#c62828",
        _ => "#2e7d32",
    };
}

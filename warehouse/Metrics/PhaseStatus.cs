namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>A (student, phase) status; <see cref="PhaseStatusNames"/> gives the zh-TW words.</summary>
public enum PhaseStatus { NotStarted, InProgress, DueSoon, Overdue, OnTime, Late, Exempt }

public static class PhaseStatusNames
{
    public static string ToChinese(this PhaseStatus s) => s switch
    {
        PhaseStatus.NotStarted => "未開始",
        PhaseStatus.InProgress => "進行中",
        PhaseStatus.DueSoon => "即將截止",
        PhaseStatus.Overdue => "逾期未完成",
        PhaseStatus.OnTime => "準時完成",
        PhaseStatus.Late => "逾期完成",
        PhaseStatus.Exempt => "免除",
        _ => s.ToString(),
    };
}

/// <summary>正常 / 提醒 / 警示 for the follow-up lists.</summary>
public enum RiskLevel { Normal, Reminder, Warning }

using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// A school's configuration (its rules, schedules, thresholds, column-name mappings), read from its YAML file.
/// Code never branches on which school this is.
/// </summary>
public sealed record SchoolConfig
{
    /// <summary>The school code the admin system's export manifest carries.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>Extra header names per record kind: kind → canonical header → aliases a vendor uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnAliases { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();

    /// <summary>Deputies stated in the school file (in addition to the export's 代理人名單): staff_no → deputies in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Deputies { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>A source that has not delivered within this long is flagged: warn, then error.</summary>
    public TimeSpan FreshnessWarn { get; init; } = TimeSpan.FromDays(2);
    public TimeSpan FreshnessError { get; init; } = TimeSpan.FromDays(7);

    /// <summary>"即將截止" starts this many days before a phase's end.</summary>
    public int DueSoonDays { get; init; } = 7;

    public IReadOnlyList<string> Divisions { get; init; } = ["日間部"];
    public IReadOnlyList<Unit> Units { get; init; } = [];
    public IReadOnlyList<GroupMember> Members { get; init; } = [];
    public Caps Caps { get; init; } = new();
    public IReadOnlyList<RiskRule> RiskRules { get; init; } =
        [new(Metrics.RiskLevel.Warning, OverduePhases: 2), new(Metrics.RiskLevel.Reminder, OverduePhases: 1)];
    public IReadOnlyList<AwardThreshold> AwardThresholds { get; init; } = [];

    /// <summary>Leavers' personal data is deleted this long after they leave.</summary>
    public TimeSpan LeaverRetention { get; init; } = TimeSpan.FromDays(365 * 3);

    /// <summary>The editable parent-letter template (zh-TW, with {placeholders}); null = the built-in one.</summary>
    public string? ParentLetterTemplate { get; init; }

    /// <summary>The short name schools use among themselves (靜心, 高雄高商).</summary>
    public string ShortName { get; init; } = "";

    /// <summary>The city district (行政區) the school is in, e.g. 大安區, for a bureau's roll-up by district; null if the file states none.</summary>
    public string? District { get; init; }

    /// <summary>Whether leavers' data is sealed (封存) during <see cref="LeaverRetention"/> rather than kept open.</summary>
    public bool LeaverDataSealed { get; init; }

    /// <summary>Each semester's 作業日程表 with absolute or event-relative windows.</summary>
    public IReadOnlyList<SemesterSchedule> Schedules { get; init; } = [];

    /// <summary>Phases every semester of <see cref="EventCalendars"/> runs (windows relative to its events); ids and
    /// titles may contain <c>{semester}</c>.</summary>
    public IReadOnlyList<PhaseDefinition> PhaseTemplates { get; init; } = [];

    /// <summary>Per-semester school events (第二次期中考, 休業式, 教育部提交期限 …).</summary>
    public IReadOnlyList<EventCalendar> EventCalendars { get; init; } = [];

    /// <summary>Every row of the school's 執行檢核表 (all grade groups), in the checklist's order.</summary>
    public IReadOnlyList<ChecklistRow> Checklist { get; init; } = [];

    /// <summary>The text of the YAML file this configuration was read from (kept in the warehouse by <see cref="SchoolConfigStore"/>).</summary>
    public string? SourceText { get; init; }

    /// <summary>The file name (or shipped name) the configuration was read from, for error messages.</summary>
    public string? SourceName { get; init; }

    public EventCalendar? CalendarFor(Semester semester) => EventCalendars.FirstOrDefault(c => c.Semester == semester);

    /// <summary>The checklist rows of one school year (all years when null) and grade group (all when null).</summary>
    public IReadOnlyList<ChecklistRow> ChecklistRows(int? schoolYear = null, string? gradeGroup = null) =>
        Checklist.Where(r => (schoolYear is null || r.SchoolYear == schoolYear) && (gradeGroup is null || r.GradeGroup == gradeGroup)).ToList();

    /// <summary>The checklist's grade groups in order (十、十一年級, 十二年級).</summary>
    public IReadOnlyList<string> ChecklistGradeGroups => Checklist.Select(r => r.GradeGroup).Distinct().ToList();

    /// <summary>The semesters the file has a schedule or event calendar for.</summary>
    public IReadOnlyList<Semester> ScheduledSemesters =>
        Schedules.Select(s => s.Semester).Concat(PhaseTemplates.Count > 0 ? EventCalendars.Select(c => c.Semester) : [])
            .Distinct().Order().ToList();
}

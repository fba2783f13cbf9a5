using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>A school event on the calendar: one day, or a range (第二次期中考 over three days).</summary>
public sealed record SchoolEvent(DateOnly Start, DateOnly End);

/// <summary>A semester's school events (第二次期中考, 休業式, 教育部提交期限 …) that relative windows refer to.</summary>
public sealed record EventCalendar(Semester Semester, IReadOnlyDictionary<string, SchoolEvent> Events)
{
    /// <summary>Events every semester has without the school writing them: 學期開始, 學期結束, 學年開始, 學年結束.</summary>
    public static IReadOnlyDictionary<string, SchoolEvent> Implicit(Semester semester)
    {
        var first = new Semester(semester.AcademicYear, 1).StartsOn;
        var last = new Semester(semester.AcademicYear, 2).EndsOn;
        return new Dictionary<string, SchoolEvent>
        {
            ["學期開始"] = new(semester.StartsOn, semester.StartsOn),
            ["學期結束"] = new(semester.EndsOn, semester.EndsOn),
            ["學年開始"] = new(first, first),
            ["學年結束"] = new(last, last),
        };
    }

    /// <summary>A calendar with the school's events over the implicit ones.</summary>
    public static EventCalendar Create(Semester semester, IReadOnlyDictionary<string, SchoolEvent> schoolEvents)
    {
        var events = new Dictionary<string, SchoolEvent>(Implicit(semester));
        foreach (var (name, value) in schoolEvents) events[name] = value;
        return new EventCalendar(semester, events);
    }

    /// <summary>A copy with one event moved (e.g. a 休業式 postponed).</summary>
    public EventCalendar With(string name, SchoolEvent value)
    {
        var events = new Dictionary<string, SchoolEvent>(Events) { [name] = value };
        return this with { Events = events };
    }
}

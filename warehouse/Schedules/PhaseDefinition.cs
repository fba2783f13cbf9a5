using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>
/// A phase as the school file states it, before its window is resolved. <see cref="DataSemester"/> null means "the
/// semester being resolved" (a template phase applied to every semester of the calendar).
/// </summary>
public sealed record PhaseDefinition(
    string Id,
    PhaseKind Kind,
    string Title,
    Semester? DataSemester,
    WindowPoint? Start,
    WindowPoint End,
    IReadOnlyList<int> Grades,
    IReadOnlyList<string> Units,
    int Minimum = 1,
    string? UploadPhaseId = null,
    string? Category = null,
    string? Action = null,
    IReadOnlyList<string>? ResponsiblePeople = null,
    string Source = PhaseSources.Schedule,
    IReadOnlyList<int>? Terms = null,
    int Line = 0,
    int Column = 0,
    PhaseEvidence? Evidence = null);

/// <summary>One semester's 作業日程表 as the school file states it.</summary>
public sealed record SemesterSchedule(Semester Semester, string Title, string? Adopted, IReadOnlyList<PhaseDefinition> Phases);

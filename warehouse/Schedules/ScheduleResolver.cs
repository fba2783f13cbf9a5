using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>Turns a school's schedule (absolute or event-relative windows) into phases.</summary>
public static class ScheduleResolver
{
    private static readonly TimeSpan LastMoment = TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1);

    /// <summary>
    /// Every phase the school runs during <paramref name="semester"/> (whatever data semester it concerns): the
    /// semester's 作業日程表 in file order, then the event-relative template phases resolved against the semester's
    /// event calendar. A school file was validated on load, so this does not fail for a shipped or loaded config.
    /// </summary>
    public static IReadOnlyList<Phase> Resolve(SchoolConfig school, Semester semester)
    {
        var (phases, problems) = TryResolve(school, semester);
        if (problems.Count > 0)
            throw new SchoolConfigException(problems.Select(p => new ConfigError(school.SourceName ?? school.Code, p.Line, p.Column, p.Message)).ToList());
        return phases;
    }

    /// <summary>The phase with this id in whichever semester's schedule lists it, or null.</summary>
    public static Phase? Find(SchoolConfig school, string phaseId) =>
        school.ScheduledSemesters.SelectMany(s => Resolve(school, s)).FirstOrDefault(p => p.Id == phaseId);

    /// <summary>Every phase of both semesters of a 學年度 (110-2 … for 110), as the 執行檢核表 of that year needs them.</summary>
    public static IReadOnlyList<Phase> ResolveYear(SchoolConfig school, int academicYear) =>
        [.. Resolve(school, new Semester(academicYear, 1)), .. Resolve(school, new Semester(academicYear, 2))];

    /// <summary>
    /// The phases that fill a checklist row, in the row's order, from whichever semester lists them (a row of the
    /// 111 checklist may be filled by a phase scheduled in 110-2, e.g. 課程計畫公告 111.02).
    /// </summary>
    public static IReadOnlyList<Phase> PhasesFor(SchoolConfig school, ChecklistRow row)
    {
        var all = school.ScheduledSemesters.SelectMany(s => Resolve(school, s)).ToDictionary(p => p.Id);
        return row.PhaseIds.Select(id => all[id]).ToList();
    }

    /// <summary>A template id or title for one semester: <c>{semester}.artifact-upload</c> → <c>111-1.artifact-upload</c>.</summary>
    public static string Expand(string template, Semester semester) =>
        template.Replace("{semester}", semester.ToString(), StringComparison.Ordinal)
            .Replace("{year}", semester.AcademicYear.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string? RuleText(PhaseDefinition d) =>
        d.End.IsRelative || d.Start?.IsRelative == true
            ? d.Start is null ? $"{d.End.Text} 前" : $"{d.Start.Text} 至 {d.End.Text}"
            : null;

    internal static (List<Phase> Phases, List<(int Line, int Column, string Message)> Problems) TryResolve(SchoolConfig school, Semester semester)
    {
        var phases = new List<Phase>();
        var problems = new List<(int, int, string)>();
        var calendar = school.CalendarFor(semester);
        var definitions = school.Schedules.Where(s => s.Semester == semester).SelectMany(s => s.Phases)
            .Select(d => (Definition: d, Template: false));
        if (calendar is not null)
            definitions = definitions.Concat(school.PhaseTemplates
                .Where(t => t.Terms is null || t.Terms.Contains(semester.Term))
                .Select(t => (Definition: t, Template: true)));

        foreach (var (d, template) in definitions)
        {
            var id = template ? Expand(d.Id, semester) : d.Id;
            DateOnly startDay = semester.StartsOn, endDay;
            string? error = null;
            if (!d.End.TryResolve(calendar, asEnd: true, out endDay, out error)
                || (d.Start is not null && !d.Start.TryResolve(calendar, asEnd: false, out startDay, out error)))
            {
                problems.Add((d.Line, d.Column, $"階段「{id}」：{error}"));
                continue;
            }
            if (d.Start is null && startDay > endDay) startDay = endDay;
            if (endDay < startDay)
                problems.Add((d.Line, d.Column, $"階段「{id}」的開始日 {RocDate.Format(startDay)} 晚於截止日 {RocDate.Format(endDay)}"));
            var yearStart = new Semester(semester.AcademicYear, 1).StartsOn.AddMonths(-2);
            // The next 學年's first months still hold this year's submissions (110-2 data goes out in 111.10).
            var yearEnd = new Semester(semester.AcademicYear, 2).EndsOn.AddMonths(4);
            if (startDay < yearStart || endDay > yearEnd)
                problems.Add((d.Line, d.Column, $"階段「{id}」的期間 {RocDate.Format(startDay)}～{RocDate.Format(endDay)} 不在 {semester.AcademicYear} 學年度（開始前兩個月至結束後四個月）內，可能是年份筆誤"));

            var refs = school.Checklist.Where(r => r.PhaseIds.Contains(id)).Select(r => r.Ref).ToList();
            phases.Add(new Phase(
                id,
                d.Kind,
                template ? Expand(d.Title, semester) : d.Title,
                d.DataSemester ?? semester,
                startDay.ToDateTime(TimeOnly.MinValue),
                endDay.ToDateTime(TimeOnly.MinValue) + LastMoment,
                d.Grades,
                d.Units,
                d.Minimum,
                d.UploadPhaseId is { } up ? (template ? Expand(up, semester) : up) : null,
                d.Category,
                refs.FirstOrDefault(),
                d.Start is null,
                d.Action,
                d.ResponsiblePeople,
                d.Source,
                refs,
                semester,
                RuleText(d),
                d.Evidence));
        }
        return (phases, problems);
    }
}

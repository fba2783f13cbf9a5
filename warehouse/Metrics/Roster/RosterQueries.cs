using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>The names and memberships the surfaces show beside the numbers (Roster/*.sql, Scope/*.sql).</summary>
internal sealed class RosterQueries(CompletionMetrics metrics)
{
    public IReadOnlyList<ClassRow> Classes(Semester semester) =>
        Query("Roster/Classes.sql", new() { ["semester"] = semester.ToString() },
            r => new ClassRow(r.Text("class_code")!, r.Int("grade"), r.Text("tutor_staff_no")));

    public IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos)
    {
        var wanted = studentNos.ToHashSet(StringComparer.Ordinal);
        return Query("Roster/Guardians.sql", [], r => (No: r.Text("student_no")!, Name: r.Text("guardian_name")!))
            .Where(g => wanted.Contains(g.No)).GroupBy(g => g.No).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    /// <summary>The semesters with classes loaded.</summary>
    public IReadOnlyList<Semester> Semesters() =>
        Query("Roster/Semesters.sql", [], r => r.Text("semester"))
            .Select(s => Semester.TryParse(s, out var x) ? x : (Semester?)null).OfType<Semester>().Order().ToList();

    /// <summary>
    /// Sample people for a demonstration's accounts: the 導師 of the lowest class of the latest semester and the course
    /// teacher with the most artifacts to certify (role: Tutor | Teacher).
    /// </summary>
    public IReadOnlyList<(string Role, string StaffNo, string Name)> SamplePeople() =>
        Query("Roster/SamplePeople.sql", [], r => (r.Text("role")!, r.Text("staff_no")!, r.Text("name")!));

    public IReadOnlyList<string> UnitStaff(string unit) =>
        Query("Roster/UnitStaff.sql", new() { ["unit"] = unit }, r => r.Text("name")!);

    public IReadOnlyList<TutorContact> Tutors(Semester semester) =>
        Query("Roster/Tutors.sql", new() { ["semester"] = semester.ToString() },
            r => new TutorContact(r.Text("tutor_staff_no")!, r.Text("name") ?? r.Text("tutor_staff_no")!, r.Text("email")));

    /// <summary>Each 課程諮詢教師's records of the semester as of a moment; on time = entered by <paramref name="deadline"/>.</summary>
    public IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf) =>
        Query("Roster/Counselors.sql", new() { ["semester"] = semester.ToString(), ["deadline"] = deadline, ["as_of"] = asOf },
            r => new CounselorRow(r.Text("counselor_staff_no")!, r.Text("name")!, r.Long("records"), r.Long("students"), r.Long("on_time")));

    /// <summary>A view after the semester shows the class as it was on its last day, one before it as on its first.</summary>
    public TutorScope Tutor(string staffNo, Semester semester, DateOnly day)
    {
        var clamped = day < semester.StartsOn ? semester.StartsOn : day > semester.EndsOn ? semester.EndsOn : day;
        var p = new Dictionary<string, object?> { ["staff_no"] = staffNo, ["semester"] = semester.ToString(), ["day"] = clamped };
        return new TutorScope(
            Query("Scope/TutorClasses.sql", p, r => r.Text("class_code")!).ToHashSet(StringComparer.Ordinal),
            Query("Scope/TutorStudents.sql", p, r => r.Text("student_no")!).ToHashSet(StringComparer.Ordinal));
    }

    private List<T> Query<T>(string file, Dictionary<string, object?> parameters, Func<System.Data.Common.DbDataReader, T> map)
    {
        parameters["school"] = metrics.School.Code;
        using var c = metrics.Connect();
        return SqlCommands.Query(c, MetricsSql.Load(file), parameters, map);
    }
}

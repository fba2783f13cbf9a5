using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.People;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// The one place completion is computed (SQL over the core model, as of a moment). The self-check report, the award
/// pack, the dashboard and <c>portfolio completion</c> all call it, so they never disagree.
/// Each phase kind is one query (Kinds/*.sql, domain.md's definition of complete); Classify.sql adds exemptions and
/// frozen deadline snapshots; the views (Completion.sql, Students.sql) group or list the members. All phases of a query
/// run as one statement (DuckDB spends most of a metric query planning it, so one lean plan beats one per phase).
/// </summary>
/// <param name="schedule">The phases of a semester; default <see cref="ScheduleResolver.Resolve"/> on the school.</param>
public sealed class CompletionMetrics(WarehouseDb db, SchoolConfig school, Func<Semester, IReadOnlyList<Phase>>? schedule = null) : IMetrics
{
    /// <summary>Phases whose members are students (or, for certification, students' artifacts).</summary>
    public static readonly PhaseKind[] MemberKinds =
        [PhaseKind.ArtifactUpload, PhaseKind.AchievementUpload, PhaseKind.Selection, PhaseKind.ReceiptConfirmation,
         PhaseKind.Counseling, PhaseKind.Certification];

    public WarehouseDb Db { get; } = db;
    public SchoolConfig School { get; } = school;

    public IReadOnlyList<Phase> Phases(Semester semester) =>
        schedule is null ? ScheduleResolver.Resolve(School, semester) : schedule(semester);

    /// <summary>Population, complete, late, missing and exempt per phase and breakdown key (phases in schedule order).</summary>
    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query)
    {
        var phases = Selected(query);
        if (query.By == Breakdown.Teacher) phases = phases.Where(p => p.Kind == PhaseKind.Certification).ToList();
        if (phases.Count == 0) return [];
        return CompletionStatement.Run(Db, [(this, phases)], query)[0];
    }

    /// <summary>
    /// Every member of each phase's population with a status: students of the student phases (uploads, selections,
    /// receipts, counseling), artifacts of certification phases. The rows behind each count of <see cref="Completion"/>.
    /// </summary>
    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query)
    {
        var phases = Selected(query).Where(p => MemberKinds.Contains(p.Kind)).ToList();
        if (phases.Count == 0) return [];
        var (sql, p) = Batched("Students.sql", phases, query);
        using var connection = Db.Connect();
        return SqlCommands.Query(connection, sql, p, r =>
        {
            var phase = phases[r.Int("phase_index")!.Value];
            var status = StatusRules.Status(r.Text("outcome")!, phase, query.AsOf, School.DueSoonDays);
            return new StudentPhaseRow(
                phase.Id, phase.Title, phase.End, r.Text("student_no")!, r.Text("student_name") ?? "",
                NationalId.Mask(r.Text("national_id")), r.Int("grade") ?? 0, r.Text("class_code") ?? "", r.Int("seat_no"),
                r.Text("tutor_staff_no"), r.Text("tutor_name"), status, r.Moment("done_at"),
                StatusRules.Missing(status, phase, r.Long("item_count"), r.Text("detail")),
                r.Text("item_id"), r.Text("teacher_staff_no"), r.Text("teacher_name"), r.Text("subject_name"), r.Moment("uploaded_at"));
        });
    }

    /// <summary>
    /// Per phase, its cumulative on-time and late completions on each day from the window's start to the as-of day
    /// (the progress charts); the last point of each phase equals its <see cref="Completion"/> counts.
    /// </summary>
    public IReadOnlyList<ProgressPoint> Progress(CompletionQuery query)
    {
        var phases = Selected(query);
        if (phases.Count == 0) return [];
        var totals = Completion(query with { By = Breakdown.Phase }).ToDictionary(r => r.PhaseId);
        var (sql, p) = Batched("Progress.sql", phases, query);
        using var connection = Db.Connect();
        var days = SqlCommands.Query(connection, sql, p, r =>
            (Index: r.Int("phase_index")!.Value, Day: r.Moment("day")!.Value, OnTime: r.Long("complete"), Late: r.Long("late")));
        return phases.SelectMany((phase, i) => ProgressSeries.Of(phase, query.AsOf,
            totals.TryGetValue(phase.Id, out var t) ? t.Population : 0,
            days.Where(d => d.Index == i).Select(d => (d.Day, d.OnTime, d.Late)).ToList())).ToList();
    }

    /// <summary>Each student with at least one lagging phase, and their risk level by the school's rules.</summary>
    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) =>
        new RiskEvaluator(this).Evaluate(query);

    public IReadOnlyList<FindingRow> Findings(Semester semester, DateTime asOf) =>
        new FindingsQuery(this).Run(semester, asOf);

    public IReadOnlyList<Semester> Semesters() => new RosterQueries(this).Semesters();

    /// <summary>Sample people for the demonstration's accounts (a 導師 and a 任課教師 with work to show).</summary>
    public IReadOnlyList<(string Role, string StaffNo, string Name)> SamplePeople() => new RosterQueries(this).SamplePeople();

    public IReadOnlyList<ClassRow> Classes(Semester semester) => new RosterQueries(this).Classes(semester);

    public IReadOnlyList<TutorContact> Tutors(Semester semester) => new RosterQueries(this).Tutors(semester);

    public IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf) =>
        new RosterQueries(this).Counselors(semester, deadline, asOf);

    public IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos) =>
        new RosterQueries(this).GuardianNames(studentNos);

    public IReadOnlyList<string> UnitStaff(string unit) => new RosterQueries(this).UnitStaff(unit);

    public TutorScope TutorScope(string staffNo, Semester semester, DateOnly day) => new RosterQueries(this).Tutor(staffNo, semester, day);

    /// <summary>Per certification phase and course teacher: the counts of <see cref="Completion"/> by teacher, with days waited.</summary>
    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(CompletionQuery query)
    {
        var phases = Selected(query).Where(p => p.Kind == PhaseKind.Certification).ToList();
        if (phases.Count == 0) return [];
        var (sql, p) = Batched("TeacherCertifications.sql", phases, query);
        using var connection = Db.Connect();
        return SqlCommands.Query(connection, sql, p, r =>
        {
            var phase = phases[r.Int("phase_index")!.Value];
            return new TeacherCertificationRow(phase.Id, phase.Title, r.Text("teacher_staff_no") ?? "", r.Text("teacher_name") ?? "",
                r.Text("unit") ?? "", r.Long("population"), r.Long("complete"), r.Long("late"), r.Long("missing"), r.Long("exempt"),
                r.Double("median_days"), r.Int("oldest_pending_days"));
        });
    }

    /// <summary>The attestations recorded for the semester's phases, oldest first.</summary>
    public IReadOnlyList<Attestation> Attestations(Semester semester) =>
        new MetricsStore(this).Attestations(Phases(semester).Select(p => p.Id).ToList(), semester);

    public void Attest(Attestation attestation) => new MetricsStore(this).Attest(attestation);

    public void Exempt(Exemption exemption) => new MetricsStore(this).Exempt(exemption);

    /// <summary>Every 免除 recorded, oldest first.</summary>
    public IReadOnlyList<Exemption> Exemptions() => new MetricsStore(this).Exemptions();

    /// <summary>
    /// Keeps the phase's completion as it stood at its deadline (population and on-time members); later queries at or
    /// after the deadline read it, so a later catch-up counts as late. False if the deadline has not passed at
    /// <paramref name="moment"/>, no load has brought an export taken after the deadline yet, or a snapshot for this
    /// deadline already exists (history is never rewritten).
    /// </summary>
    public bool Freeze(Phase phase, DateTime moment) => new MetricsStore(this).Freeze(phase, moment);

    /// <summary>
    /// Freezes every phase of the semester whose deadline lies before <paramref name="dataMoment"/> and is not frozen
    /// yet. Call it after a load with the export's moment (etl_load.exported_at): only data taken after a deadline
    /// can tell what stood at it. Returns the ids frozen now.
    /// </summary>
    public IReadOnlyList<string> FreezePassed(Semester semester, DateTime dataMoment) =>
        Phases(semester).Where(p => p.End < dataMoment && Freeze(p, dataMoment)).Select(p => p.Id).ToList();

    internal Dictionary<string, object?> Parameters(Phase phase, DateTime asOf) =>
        PhaseParameters.For(School, phase, asOf, UploadEnd(phase));

    internal DuckDBConnection Connect() => Db.Connect();

    private DateTime? UploadEnd(Phase phase)
    {
        if (phase.Kind != PhaseKind.Certification || phase.UploadPhaseId is null) return null;
        return SchoolYearPhases.Of(Phases, phase.Semester).FirstOrDefault(p => p.Id == phase.UploadPhaseId)?.End;
    }

    private List<Phase> Selected(CompletionQuery query)
    {
        var phases = Phases(query.Semester);
        if (query.PhaseId is null) return phases.ToList();
        var match = phases.Where(p => p.Id == query.PhaseId).ToList();
        return match.Count > 0
            ? match
            : throw new ArgumentException(
                $"{query.Semester} 沒有代號為「{query.PhaseId}」的階段；可用的階段：{string.Join("、", phases.Select(p => p.Id))}");
    }

    /// <summary>The view over all <paramref name="phases"/> as one statement (rows tagged with the phase's index).</summary>
    private (string Sql, Dictionary<string, object?> Parameters) Batched(string view, List<Phase> phases, CompletionQuery query) =>
        MetricsSql.View(view, phases.Select(phase => (phase.Kind, (IReadOnlyDictionary<string, object?>)Parameters(phase, query.AsOf))).ToList(),
            Shared(query, School.Code));

    /// <summary>A view's own parameters: the breakdown and filters; the school and moment for views of one school.</summary>
    internal static Dictionary<string, object?> Shared(CompletionQuery query, string? school) => new()
    {
        ["school"] = school,
        ["asof"] = query.AsOf,
        ["by"] = query.By.ToString().ToLowerInvariant(),
        ["f_grade"] = query.Grade,
        ["f_class"] = query.ClassCode,
        ["f_tutor"] = query.TutorStaffNo,
        ["f_teacher"] = query.TeacherStaffNo,
    };
}

using System.Collections.Concurrent;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// The one cache of metric answers: kept until <paramref name="version"/> changes (the server bumps it on every write;
/// a document batch passes a constant). Writes go through <paramref name="writeLock"/> when one is given.
/// </summary>
public sealed class MetricsCache(IMetrics inner, Func<long>? version = null, Func<IDisposable>? writeLock = null) : IMetrics
{
    private const int MaxEntries = 2000;
    private readonly ConcurrentDictionary<object, Lazy<object>> _answers = new();
    private long _version = -1;

    public IMetrics Inner => inner;

    public SchoolConfig School => inner.School;

    public IReadOnlyList<Phase> Phases(Semester semester) => Get(("phases", semester), () => inner.Phases(semester));

    // The metrics answer every phase of a semester in one statement (planning, not running, is most of a query's
    // cost), so a whole-semester question is asked whole, not split phase by phase.
    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) => Get(("completion", query), () => inner.Completion(query));

    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query) => Get(("students", query), () => inner.Students(query));

    public IReadOnlyList<ProgressPoint> Progress(CompletionQuery query) => Get(("progress", query), () => inner.Progress(query));

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) => Get(("risk", query), () => inner.Risk(query));

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(CompletionQuery query) =>
        Get(("teachers", query), () => inner.TeacherCertifications(query));

    public IReadOnlyList<FindingRow> Findings(Semester semester, DateTime asOf) =>
        Get(("findings", semester, asOf), () => inner.Findings(semester, asOf));

    public IReadOnlyList<Attestation> Attestations(Semester semester) => Get(("attestations", semester), () => inner.Attestations(semester));

    public IReadOnlyList<Semester> Semesters() => Get("semesters", inner.Semesters);

    public IReadOnlyList<ClassRow> Classes(Semester semester) => Get(("classes", semester), () => inner.Classes(semester));

    public IReadOnlyList<TutorContact> Tutors(Semester semester) => Get(("tutors", semester), () => inner.Tutors(semester));

    public IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf) =>
        Get(("counselors", semester, deadline, asOf), () => inner.Counselors(semester, deadline, asOf));

    public IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos) => inner.GuardianNames(studentNos);

    public IReadOnlyList<string> UnitStaff(string unit) => Get(("unit-staff", unit), () => inner.UnitStaff(unit));

    public TutorScope TutorScope(string staffNo, Semester semester, DateOnly day) =>
        Get(("tutor-scope", staffNo, semester, day), () => inner.TutorScope(staffNo, semester, day));

    public void Attest(Attestation attestation)
    {
        using var _ = writeLock?.Invoke();
        inner.Attest(attestation);
    }

    public bool Freeze(Phase phase, DateTime moment) => inner.Freeze(phase, moment);

    /// <summary>Any other answer worth keeping until the next write (a rendered document, a chart).</summary>
    public T Get<T>(object key, Func<T> compute) where T : class
    {
        var current = version?.Invoke() ?? 0;
        if (Interlocked.Exchange(ref _version, current) != current || _answers.Count > MaxEntries) _answers.Clear();
        var lazy = _answers.GetOrAdd((current, key), _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            _answers.TryRemove((current, key), out _);
            throw;
        }
    }
}

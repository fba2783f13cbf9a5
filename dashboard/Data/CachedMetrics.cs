using System.Collections.Concurrent;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// Remembers metric answers until the warehouse changes. The server is the only writer and every write goes through
/// <see cref="WarehouseGate.WriteLock"/>, which bumps <see cref="WarehouseGate.Version"/>; a new version empties the
/// cache. Pages ask "as of the end of today" by default, so one answer serves a whole day of visits.
/// </summary>
public sealed class CachedMetrics(IMetricsSource inner, WarehouseGate warehouse) : IMetricsSource
{
    private const int MaxEntries = 2000;
    private readonly ConcurrentDictionary<object, Lazy<object>> _answers = new();
    private long _version = -1;

    public IMetricsSource Inner => inner;

    public IReadOnlyList<Phase> Phases(Semester semester) => Get(("phases", semester), () => inner.Phases(semester));

    // The metrics answer every phase of a semester in one statement (planning, not running, is most of a query's
    // cost), so a whole-semester question is asked whole, not split phase by phase.
    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) =>
        Get(("completion", query), () => inner.Completion(query));

    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query) =>
        Get(("students", query), () => inner.Students(query));

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) => Get(("risk", query), () => inner.Risk(query));

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Semester semester, DateTime asOf) =>
        Get(("teachers", semester, asOf), () => inner.TeacherCertifications(semester, asOf));

    public IReadOnlyList<Attestation> Attestations(Semester semester) => Get(("attestations", semester), () => inner.Attestations(semester));

    public void Attest(Attestation attestation)
    {
        using var _ = warehouse.WriteLock();
        inner.Attest(attestation);
    }

    public bool Freeze(Phase phase, DateTime moment) => inner.Freeze(phase, moment);

    /// <summary>Any other answer worth keeping until the next write (a rendered report preview).</summary>
    public T Get<T>(object key, Func<T> compute) where T : class
    {
        var version = warehouse.Version;
        if (Interlocked.Exchange(ref _version, version) != version || _answers.Count > MaxEntries) _answers.Clear();
        var lazy = _answers.GetOrAdd((version, key), _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            _answers.TryRemove((version, key), out _);
            throw;
        }
    }
}

using System.Collections.Concurrent;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>The roll-up's answers kept until the warehouse changes (<paramref name="version"/>), like each school's metrics.</summary>
internal sealed class CachedRollup(IRollup inner, Func<long> version) : IRollup
{
    private readonly ConcurrentDictionary<(long, Semester, DateTime, RollupBy), Lazy<IReadOnlyList<RollupRow>>> _answers = new();

    public IReadOnlyList<RollupRow> Completion(Semester semester, DateTime asOf, RollupBy by)
    {
        var current = version();
        if (_answers.Keys.Any(k => k.Item1 != current) || _answers.Count > 200) _answers.Clear();
        var key = (current, semester, asOf, by);
        var lazy = _answers.GetOrAdd(key, _ => new Lazy<IReadOnlyList<RollupRow>>(() => inner.Completion(semester, asOf, by)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _answers.TryRemove(key, out _);
            throw;
        }
    }
}

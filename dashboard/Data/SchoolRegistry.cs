using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>
/// The schools the dashboard serves, each with its own <see cref="SchoolServices"/>. A warehouse holding one school is
/// served exactly as before (<see cref="Many"/> is false and every account sees that school).
/// </summary>
public sealed class SchoolRegistry : IAsyncDisposable
{
    private readonly Dictionary<string, Lazy<SchoolServices>> _schools;

    /// <param name="schools">The schools in display order; the first is <see cref="Default"/>.</param>
    /// <param name="make">Builds one school's services (its metrics cache) on first use.</param>
    public SchoolRegistry(IReadOnlyList<SchoolEntry> schools, Func<SchoolEntry, SchoolServices> make)
    {
        if (schools.Count == 0) throw new ArgumentException("倉儲中沒有任何學校", nameof(schools));
        All = schools;
        _schools = schools.ToDictionary(s => s.Code, s => new Lazy<SchoolServices>(() => make(s)), StringComparer.Ordinal);
    }

    public IReadOnlyList<SchoolEntry> All { get; }

    /// <summary>More than one school: accounts carry a school, and the bureau and administrators choose one.</summary>
    public bool Many => All.Count > 1;

    /// <summary>The only school of a one-school warehouse (the services registered without a school ask it).</summary>
    public SchoolServices Default => _schools[All[0].Code].Value;

    public bool Has(string? code) => code is not null && _schools.ContainsKey(code);

    public SchoolServices For(string code) =>
        _schools.TryGetValue(code, out var s) ? s.Value : throw new KeyNotFoundException($"倉儲中沒有學校代碼 {code}");

    /// <summary>Every school's services, made if not yet (the jobs run per school).</summary>
    public IEnumerable<SchoolServices> Each() => All.Select(s => For(s.Code));

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _schools.Values.Where(s => s.IsValueCreated)) await s.Value.DisposeAsync();
    }
}

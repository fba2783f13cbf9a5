namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>Lockout after repeated wrong passwords (Dashboard:Lockout in the settings).</summary>
public sealed record LockoutSettings
{
    /// <summary>Failures of one account name within <see cref="WindowMinutes"/> that lock it.</summary>
    public int AccountFailures { get; init; } = 5;

    /// <summary>Failures from one client address (any account names) within the window that lock the address.</summary>
    public int AddressFailures { get; init; } = 20;

    public int WindowMinutes { get; init; } = 15;

    /// <summary>The first lock; each further failure in the window doubles it, up to <see cref="MaxLockMinutes"/>.</summary>
    public int FirstLockSeconds { get; init; } = 30;

    public int MaxLockMinutes { get; init; } = 15;
}

/// <summary>
/// Counts wrong passwords per account name and per client address in a sliding window. Past the limit the name (or
/// address) is locked, with a lock that doubles at each further failure; while locked, sign-ins are refused without
/// checking the password. Unknown names are counted like real ones, so the answer tells nothing about which exist.
/// </summary>
public sealed class SignInThrottle(LockoutSettings settings, TimeProvider time)
{
    private const int MaxTracked = 10_000;
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How long sign-ins stay refused for this name or address; null when they may try.</summary>
    public TimeSpan? Refusal(string userName, string client)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var wait = new[] { AccountKey(userName), AddressKey(client) }
                .Select(k => _counters.TryGetValue(k, out var c) ? c.LockedUntil - now : TimeSpan.Zero)
                .Max();
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    /// <summary>Counts a wrong password; returns the lock it started (null when none).</summary>
    public TimeSpan? Failed(string userName, string client)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_counters.Count > MaxTracked) Forget(now);
            var account = Count(AccountKey(userName), settings.AccountFailures, now);
            var address = Count(AddressKey(client), settings.AddressFailures, now);
            return account ?? address;
        }
    }

    /// <summary>A right password clears the account's count (not the address's: one good account must not unlock it).</summary>
    public void Succeeded(string userName)
    {
        lock (_gate) _counters.Remove(AccountKey(userName));
    }

    private TimeSpan? Count(string key, int limit, DateTimeOffset now)
    {
        if (!_counters.TryGetValue(key, out var c)) _counters[key] = c = new Counter();
        Prune(c, now);
        c.Failures.Enqueue(now);
        if (c.Failures.Count < limit) return null;
        var seconds = Math.Min(settings.FirstLockSeconds * Math.Pow(2, c.Locks), settings.MaxLockMinutes * 60.0);
        c.Locks++;
        var lockFor = TimeSpan.FromSeconds(seconds);
        c.LockedUntil = now + lockFor;
        return lockFor;
    }

    private void Prune(Counter c, DateTimeOffset now)
    {
        var from = now - TimeSpan.FromMinutes(settings.WindowMinutes);
        while (c.Failures.Count > 0 && c.Failures.Peek() < from) c.Failures.Dequeue();
        if (c.Failures.Count == 0) c.Locks = 0;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, c) in _counters.ToList())
        {
            Prune(c, now);
            if (c.Failures.Count == 0 && c.LockedUntil <= now) _counters.Remove(key);
        }
    }

    private static string AccountKey(string userName) => "u:" + userName;

    private static string AddressKey(string client) => "a:" + client;

    private sealed class Counter
    {
        public Queue<DateTimeOffset> Failures { get; } = new();
        public int Locks { get; set; }
        public DateTimeOffset LockedUntil { get; set; }
    }
}

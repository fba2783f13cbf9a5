using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Identity;
using PortfolioAnalytics.Dashboard.Data;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>
/// Accounts in dashboard_account, passwords hashed with ASP.NET Core's PasswordHasher (PBKDF2). Each account has a
/// security stamp that every sign-in cookie carries (<see cref="StampValidator"/>): a new password, a new role,
/// disabling and logging out give it a new one, which ends every session of that account at once.
/// </summary>
public sealed class AccountStore(WarehouseGate warehouse)
{
    private readonly PasswordHasher<Account> _hasher = new();
    // Read on every request; only this class writes the column, so it drops an entry whenever it does.
    private readonly ConcurrentDictionary<string, string?> _stamps = new(StringComparer.Ordinal);

    public long Count() => warehouse.Scalar<long>(Sql.Load("Security/account_count.sql"));

    public IReadOnlyList<Account> List() =>
        warehouse.Query(Sql.Load("Security/account_list.sql"), Read);

    public Account? Find(string userName) =>
        warehouse.Query(Sql.Load("Security/account_find.sql"), Read, ("user_name", userName)).FirstOrDefault();

    /// <summary>The account's current stamp; null when it does not exist or is disabled.</summary>
    public string? Stamp(string userName) =>
        _stamps.GetOrAdd(userName, name => warehouse.Query(Sql.Load("Security/account_stamp.sql"),
            r => r.IsDBNull(0) ? null : r.GetString(0), ("user_name", name)).FirstOrDefault());

    /// <summary>The account when the password matches; null otherwise (same answer for unknown names).</summary>
    public Account? Verify(string userName, string password)
    {
        var row = Stored(userName);
        if (row is null)
        {
            _hasher.HashPassword(new Account("", "", Role.Principal, null, null), password); // same cost either way
            return null;
        }
        var result = _hasher.VerifyHashedPassword(row.Value.Account, row.Value.Hash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded) SaveHash(row.Value.Account, _hasher.HashPassword(row.Value.Account, password), keepStamp: true);
        return result == PasswordVerificationResult.Failed ? null : row.Value.Account;
    }

    /// <summary>Creates the account, or replaces its role, names and password when it exists.</summary>
    public void Save(Account account, string password) => SaveHash(account, _hasher.HashPassword(account, password));

    /// <summary>
    /// Creates or replaces the account. Its sessions end when the password, role, staff number or school changes (the same
    /// hash from the settings file at every start keeps them).
    /// </summary>
    public void SaveHash(Account account, string passwordHash) => SaveHash(account, passwordHash, keepStamp: false);

    private void SaveHash(Account account, string passwordHash, bool keepStamp)
    {
        var old = Stored(account.UserName);
        var unchanged = old is { } o && (keepStamp || (o.Hash == passwordHash && o.Account.Role == account.Role && o.Account.StaffNo == account.StaffNo && o.Account.SchoolCode == account.SchoolCode));
        var stamp = unchanged && old!.Value.Stamp is { } s ? s : NewStamp();
        using (warehouse.WriteLock())
            warehouse.InTransaction(c =>
            {
                WarehouseGate.Execute(c, Sql.Load("Security/account_delete.sql"), ("user_name", account.UserName));
                WarehouseGate.Execute(c, Sql.Load("Security/account_insert.sql"),
                    ("user_name", account.UserName), ("display_name", account.DisplayName), ("role", account.Role.ToString()),
                    ("staff_no", account.StaffNo), ("email", account.Email), ("password_hash", passwordHash), ("security_stamp", stamp),
                    ("school_code", account.SchoolCode));
            });
        _stamps.TryRemove(account.UserName, out _);
    }

    public void SetPassword(string userName, string password)
    {
        var account = Find(userName) ?? throw new InvalidOperationException("找不到帳號");
        Save(account, password);
    }

    /// <summary>Ends every session of the account (logout, or an administrator's request).</summary>
    public void RevokeSessions(string userName)
    {
        // One UPDATE of the account table, which no load touches: it need not wait for the writer slot.
        warehouse.Execute(Sql.Load("Security/account_stamp_set.sql"), ("user_name", userName), ("security_stamp", NewStamp()));
        _stamps.TryRemove(userName, out _);
    }

    /// <summary>Disables the account and ends its sessions; false when there is no such enabled account.</summary>
    public bool Disable(string userName)
    {
        int changed;
        using (warehouse.WriteLock())
            changed = warehouse.Execute(Sql.Load("Security/account_disable.sql"), ("user_name", userName), ("security_stamp", NewStamp()));
        _stamps.TryRemove(userName, out _);
        return changed > 0;
    }

    /// <summary>Hashes without a warehouse (for <c>portfolio serve --hash-password</c>).</summary>
    public sealed class Hasher
    {
        public string Hash(string password) => new PasswordHasher<Account>().HashPassword(new Account("", "", Role.Principal, null, null), password);
    }

    private (Account Account, string Hash, string? Stamp)? Stored(string userName)
    {
        var rows = warehouse.Query(Sql.Load("Security/account_hash.sql"),
            r => (Read(r), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)), ("user_name", userName));
        return rows.Count == 0 ? null : rows[0];
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static Account Read(DuckDBDataReader r) => new(
        r.GetString(0),
        r.IsDBNull(1) ? r.GetString(0) : r.GetString(1),
        RoleNames.TryParse(r.GetString(2), out var role) ? role : Role.Teacher,
        r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5));
}

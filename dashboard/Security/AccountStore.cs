using DuckDB.NET.Data;
using Microsoft.AspNetCore.Identity;
using PortfolioAnalytics.Dashboard.Data;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>Accounts in dashboard_account, passwords hashed with ASP.NET Core's PasswordHasher (PBKDF2).</summary>
public sealed class AccountStore(WarehouseGate warehouse)
{
    private readonly PasswordHasher<Account> _hasher = new();

    public long Count() => warehouse.Scalar<long>(Sql.Load("Security/account_count.sql"));

    public IReadOnlyList<Account> List() =>
        warehouse.Query(Sql.Load("Security/account_list.sql"), Read);

    public Account? Find(string userName) =>
        warehouse.Query(Sql.Load("Security/account_find.sql"), Read, ("user_name", userName)).FirstOrDefault();

    /// <summary>The account when the password matches; null otherwise (same answer for unknown names).</summary>
    public Account? Verify(string userName, string password)
    {
        var row = warehouse.Query(Sql.Load("Security/account_hash.sql"),
            r => (Account: Read(r), Hash: r.GetString(5)), ("user_name", userName)).FirstOrDefault();
        if (row.Account is null)
        {
            _hasher.HashPassword(new Account("", "", Role.Principal, null, null), password); // same cost either way
            return null;
        }
        var result = _hasher.VerifyHashedPassword(row.Account, row.Hash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded) SetPassword(userName, password);
        return result == PasswordVerificationResult.Failed ? null : row.Account;
    }

    /// <summary>Creates the account, or replaces its role, names and password when it exists.</summary>
    public void Save(Account account, string password) => SaveHash(account, _hasher.HashPassword(account, password));

    public void SaveHash(Account account, string passwordHash)
    {
        using var _ = warehouse.WriteLock();
        warehouse.InTransaction(c =>
        {
            WarehouseGate.Execute(c, Sql.Load("Security/account_delete.sql"), ("user_name", account.UserName));
            WarehouseGate.Execute(c, Sql.Load("Security/account_insert.sql"),
                ("user_name", account.UserName), ("display_name", account.DisplayName), ("role", account.Role.ToString()),
                ("staff_no", account.StaffNo), ("email", account.Email), ("password_hash", passwordHash));
        });
    }

    public void SetPassword(string userName, string password)
    {
        var account = Find(userName) ?? throw new InvalidOperationException("找不到帳號");
        Save(account, password);
    }

    /// <summary>Hashes without a warehouse (for <c>portfolio serve --hash-password</c>).</summary>
    public sealed class Hasher
    {
        public string Hash(string password) => new PasswordHasher<Account>().HashPassword(new Account("", "", Role.Principal, null, null), password);
    }

    private static Account Read(DuckDBDataReader r) => new(
        r.GetString(0),
        r.IsDBNull(1) ? r.GetString(0) : r.GetString(1),
        RoleNames.TryParse(r.GetString(2), out var role) ? role : Role.Teacher,
        r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4));
}

using DuckDB.NET.Data;
using PortfolioAnalytics.Dashboard.Data;

namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>The dashboard's audit log (dashboard_audit): sign-ins, refusals, lockouts, logouts, account changes.</summary>
public sealed class SecurityAudit(WarehouseGate warehouse, TimeProvider time, ILogger<SecurityAudit> log)
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInLocked = "sign-in-locked";
    public const string Lockout = "lockout";
    public const string SignOut = "sign-out";
    public const string AccountSaved = "account-saved";
    public const string AccountDisabled = "account-disabled";

    public void Record(string @event, string? userName, string? client, string? actor = null, string? detail = null)
    {
        try
        {
            // One row in a table no load touches: it need not wait for the writer slot (a load may hold it for minutes).
            warehouse.Execute(Sql.Load("Security/audit_insert.sql"), ("at", time.GetLocalNow().DateTime), ("event", @event),
                ("user_name", userName), ("client", client), ("actor", actor), ("detail", detail));
            log.LogInformation("Audit {Event} from {Client}", @event, client);
        }
        catch (DuckDBException e)
        {
            // The sign-in or change itself stands; the log file keeps what the table could not.
            log.LogError(e, "Audit {Event} for {UserName} from {Client} could not be written to dashboard_audit", @event, userName, client);
        }
    }

    public IReadOnlyList<AuditEntry> Recent(int limit = 200) =>
        warehouse.Query(Sql.Load("Security/audit_recent.sql"), r => new AuditEntry(
            r.GetDateTime(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)), ("limit", limit));
}

public sealed record AuditEntry(DateTime At, string Event, string? UserName, string? Client, string? Actor, string? Detail);

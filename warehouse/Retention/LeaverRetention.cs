using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.People;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Retention;

/// <summary>A student whose data the purge removes: left (轉出, 畢業, 離校) on a day before the cutoff.</summary>
public sealed record Leaver(string StudentNo, DateOnly LeftOn, string LeaveType, string? NationalId);

/// <summary>What one purge removed; <see cref="Leavers"/> is empty when nobody was past the retention.</summary>
public sealed record RetentionResult(DateOnly Cutoff, TimeSpan Retention, IReadOnlyList<Leaver> Leavers, long RowsDeleted);

/// <summary>
/// Deletes the data of students who left longer ago than the school keeps it, from every table that holds a student's
/// data, in one transaction, and records per student and table how many rows went (retention_audit: student number,
/// dates and counts; no names or IDs). A school whose leavers' data is sealed (封存) keeps it at least five years.
/// </summary>
public static partial class LeaverRetention
{
    public static readonly TimeSpan SealedMinimum = TimeSpan.FromDays(5 * 365);

    /// <summary>The tables deleted by student (Retention/Delete/&lt;table&gt;.sql), in order: certification follows the artifacts.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "certification", "course_artifact", "achievement", "cadre_role", "counseling_record", "selection", "receipt",
        "course_record", "class_assignment", "student_enrolment", "enrolment_change", "metric_exemption", "metric_snapshot",
        "student",
    ];

    /// <summary>Rejected rows, matched on their raw text (the student's number or national ID as one of its fields).</summary>
    public const string RejectTable = "etl_reject";

    /// <summary>Tables with a student column the purge leaves, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kept = new Dictionary<string, string>
    {
        ["retention_audit"] = "the record of the purge itself: student number, dates and row counts only",
    };

    /// <summary>How long this school keeps a leaver's data.</summary>
    public static TimeSpan Period(SchoolConfig school) =>
        school.LeaverDataSealed && school.LeaverRetention < SealedMinimum ? SealedMinimum : school.LeaverRetention;

    public static RetentionResult Purge(WarehouseDb db, SchoolConfig school, DateTime now, long runId)
    {
        var period = Period(school);
        var cutoff = DateOnly.FromDateTime(now - period);
        using var c = db.Connect();
        var leavers = Leavers(c, school.Code, cutoff);
        if (leavers.Count == 0) return new RetentionResult(cutoff, period, [], 0);

        long total = 0;
        using var tx = c.BeginTransaction();
        var rejects = RejectRowsByStudent(c, school.Code, leavers);
        foreach (var leaver in leavers)
        {
            foreach (var table in Tables)
            {
                var deleted = Execute(c, $"Retention/Delete/{table}.sql", ("school_code", school.Code), ("student_no", leaver.StudentNo));
                total += deleted;
                Audit(c, runId, now, school.Code, leaver, table, deleted);
            }
            var rows = rejects.GetValueOrDefault(leaver.StudentNo) ?? [];
            foreach (var row in rows) Execute(c, "Retention/reject_delete.sql", ("row", row));
            total += rows.Count;
            Audit(c, runId, now, school.Code, leaver, RejectTable, rows.Count);
        }
        tx.Commit();
        return new RetentionResult(cutoff, period, leavers, total);
    }

    private static List<Leaver> Leavers(DuckDBConnection c, string school, DateOnly cutoff)
    {
        using var cmd = WarehouseCommand.Create(c, SqlResource.Load("Retention/leavers.sql"),
            ("school_code", school), ("cutoff", cutoff.ToDateTime(TimeOnly.MinValue)));
        using var r = cmd.ExecuteReader();
        var list = new List<Leaver>();
        while (r.Read())
            list.Add(new Leaver(r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return list;
    }

    /// <summary>
    /// The rejected rows that are a leaver's: one of the row's fields is their student number or their national ID
    /// (in any width or case). A row is counted for the first leaver it names.
    /// </summary>
    private static Dictionary<string, List<long>> RejectRowsByStudent(DuckDBConnection c, string school, IReadOnlyList<Leaver> leavers)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var l in leavers)
        {
            owner.TryAdd(l.StudentNo, l.StudentNo);
            if (!string.IsNullOrWhiteSpace(l.NationalId)) owner.TryAdd(NationalId.Normalize(l.NationalId), l.StudentNo);
        }
        var rows = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        using var cmd = WarehouseCommand.Create(c, SqlResource.Load("Retention/rejects.sql"), ("school_code", school));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var student = Fields().Split(r.GetString(1)).Select(f => owner.GetValueOrDefault(NationalId.Normalize(f)) ?? owner.GetValueOrDefault(f.Trim()))
                .FirstOrDefault(s => s is not null);
            if (student is null) continue;
            if (!rows.TryGetValue(student, out var list)) rows[student] = list = [];
            list.Add(r.GetInt64(0));
        }
        return rows;
    }

    private static void Audit(DuckDBConnection c, long runId, DateTime now, string school, Leaver leaver, string table, long deleted) =>
        Execute(c, "Retention/audit_insert.sql",
            ("run_id", runId), ("now", now), ("school_code", school), ("student_no", leaver.StudentNo),
            ("left_on", leaver.LeftOn.ToDateTime(TimeOnly.MinValue)), ("leave_type", leaver.LeaveType),
            ("table_name", table), ("rows_deleted", deleted));

    private static int Execute(DuckDBConnection c, string file, params (string, object?)[] parameters)
    {
        using var cmd = WarehouseCommand.Create(c, SqlResource.Load(file), parameters);
        return cmd.ExecuteNonQuery();
    }

    // The separators of a raw CSV line or an XLSX row as the loader keeps it (comma, tab, semicolon, bar, quotes).
    [GeneratedRegex("[,\t;|\"'，、]+")]
    private static partial Regex Fields();
}

using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// Deletes the data of students who left (轉出, 畢業, 離校) longer ago than the school's retention, in one
/// transaction, and records per student and table how many rows went (retention_audit; no names or IDs).
/// </summary>
public sealed class RetentionPurger(WarehouseGate warehouse, SchoolConfig school, Clock clock)
{
    /// <summary>The per-student tables, each deleted with Jobs/retention_delete/&lt;table&gt;.sql.</summary>
    public static readonly string[] Tables =
    [
        "certification", "course_artifact", "achievement", "cadre_role", "counseling_record", "selection", "receipt",
        "course_record", "class_assignment", "student_enrolment", "enrolment_change", "student",
    ];

    public async Task<JobOutcome> PurgeAsync(long runId, CancellationToken ct)
    {
        var now = clock.Now;
        var cutoff = DateOnly.FromDateTime(now - school.LeaverRetention);
        var leavers = warehouse.Query(Sql.Load("Jobs/retention_leavers.sql"),
            r => (StudentNo: r.GetString(0), LeftOn: DateOnly.FromDateTime(r.GetDateTime(1)), Type: r.GetString(2)),
            ("school_code", school.Code), ("cutoff", cutoff.ToDateTime(TimeOnly.MinValue)));
        if (leavers.Count == 0) return new JobOutcome($"沒有離校逾 {school.LeaverRetention.TotalDays:0} 天（{Fmt(cutoff)} 前）的學生資料需要刪除");

        using var _ = await warehouse.WriteLockAsync(ct);
        long total = 0;
        warehouse.InTransaction(c =>
        {
            foreach (var leaver in leavers)
                foreach (var table in Tables)
                {
                    var deleted = WarehouseGate.Execute(c, Sql.Load($"Jobs/retention_delete/{table}.sql"),
                        ("school_code", school.Code), ("student_no", leaver.StudentNo));
                    total += deleted;
                    WarehouseGate.Execute(c, Sql.Load("Jobs/retention_audit_insert.sql"),
                        ("run_id", runId), ("now", now), ("school_code", school.Code), ("student_no", leaver.StudentNo),
                        ("left_on", leaver.LeftOn.ToDateTime(TimeOnly.MinValue)), ("leave_type", leaver.Type),
                        ("table_name", table), ("rows_deleted", (long)deleted));
                }
        });
        return new JobOutcome($"已刪除 {leavers.Count} 位離校逾保存期限（{Fmt(cutoff)} 前離校）學生的資料，共 {total:N0} 筆；明細見 retention_audit");
    }

    private static string Fmt(DateOnly d) => Export.Fmt.Date(d);
}

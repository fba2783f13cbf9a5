using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>What people and the deadline job write into the warehouse: attestations, exemptions, frozen snapshots.</summary>
internal sealed class MetricsStore(CompletionMetrics metrics)
{
    public void Attest(Attestation a)
    {
        if (string.IsNullOrWhiteSpace(a.PhaseId)) throw new ArgumentException("佐證登錄須指定階段");
        if (string.IsNullOrWhiteSpace(a.AttestedBy)) throw new ArgumentException("佐證登錄須記錄登錄人員");
        if (a.AttendanceCount is < 0) throw new ArgumentException("參加人數不可為負數");
        using var c = metrics.Connect();
        SqlCommands.Execute(c, MetricsSql.Load("Store/InsertAttestation.sql"), new Dictionary<string, object?>
        {
            ["school"] = metrics.School.Code, ["phase_id"] = a.PhaseId, ["done_on"] = a.DoneOn, ["note"] = a.Note,
            ["attendance"] = a.AttendanceCount, ["evidence"] = a.EvidenceUrl, ["by"] = a.AttestedBy, ["at"] = a.AttestedAt,
        });
    }

    public IReadOnlyList<Attestation> Attestations(IReadOnlyList<string> phaseIds, Semester semester)
    {
        using var c = metrics.Connect();
        return SqlCommands.Query(c, MetricsSql.Load("Store/SelectAttestations.sql"), new Dictionary<string, object?>
        {
            ["school"] = metrics.School.Code, ["phase_ids"] = string.Join('\n', phaseIds), ["prefix"] = semester + ".",
        }, r => new Attestation(
            r.Text("phase_id")!, DateOnly.FromDateTime(r.Moment("done_on")!.Value), r.Text("note") ?? "", r.Int("attendance_count"),
            r.Text("evidence_url"), r.Text("attested_by")!, r.Moment("attested_at")!.Value));
    }

    public void Exempt(Exemption e)
    {
        if (string.IsNullOrWhiteSpace(e.StudentNo)) throw new ArgumentException("免除須指定學號");
        if (string.IsNullOrWhiteSpace(e.Reason)) throw new ArgumentException("免除須說明原因");
        if (string.IsNullOrWhiteSpace(e.RecordedBy)) throw new ArgumentException("免除須記錄登錄人員");
        using var c = metrics.Connect();
        SqlCommands.Execute(c, MetricsSql.Load("Store/InsertExemption.sql"), new Dictionary<string, object?>
        {
            ["school"] = metrics.School.Code, ["student_no"] = e.StudentNo, ["phase_id"] = e.PhaseId, ["reason"] = e.Reason,
            ["by"] = e.RecordedBy, ["at"] = e.RecordedAt,
        });
    }

    public IReadOnlyList<Exemption> Exemptions()
    {
        using var c = metrics.Connect();
        return SqlCommands.Query(c, MetricsSql.Load("Store/SelectExemptions.sql"),
            new Dictionary<string, object?> { ["school"] = metrics.School.Code },
            r => new Exemption(r.Text("student_no")!, r.Text("phase_id"), r.Text("reason") ?? "", r.Text("recorded_by")!,
                r.Moment("recorded_at")!.Value));
    }

    public bool Freeze(Phase phase, DateTime moment)
    {
        if (moment < phase.End) return false;
        using var c = metrics.Connect();
        var p = metrics.Parameters(phase, phase.End);
        p["frozen_at"] = moment;
        var sql = MetricsSql.Load("Store/Freeze.sql").Replace("{members}", MetricsSql.Members(phase.Kind), StringComparison.Ordinal);
        using var tx = c.BeginTransaction();
        using (var exists = SqlCommands.Create(c, MetricsSql.Load("Store/SnapshotExists.sql"), p))
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0) return false;
        // Only an export taken after the deadline can tell what stood at it; freezing earlier data would turn the
        // uploads made between that export and the deadline into late ones for good.
        using (var covered = SqlCommands.Create(c, MetricsSql.Load("Store/DataCoversDeadline.sql"), p))
            if (!Convert.ToBoolean(covered.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)) return false;
        SqlCommands.Execute(c, sql, p);
        tx.Commit();
        return true;
    }
}

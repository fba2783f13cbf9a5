using Npgsql;
using NpgsqlTypes;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Bench;

/// <summary>
/// The PostgreSQL peer: what a school gets by pointing a BI tool at its admin database. One question — the semester's
/// 學生上傳課程學習成果 phase by class — asked as SQL of the sample admin schema (Peer/ArtifactUploadByClass.sql, with
/// the indexes of Peer/indexes.sql) and asked of our metrics in-process, both timed the same way (cold run apart,
/// median of the repeats). The counts must be equal class by class, or the bench stops: a peer that answers another
/// question proves nothing. speedup_vs_postgres = the peer's median ÷ ours.
/// </summary>
internal static class PostgresPeer
{
    public static async Task<double> Run(string connection, CompletionMetrics metrics, Phase phase, DateTime asOf, int repeat,
        Action<StepResult> add)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using (var index = new NpgsqlCommand(Sql("indexes.sql"), c)) await index.ExecuteNonQueryAsync();

        var sql = Sql("ArtifactUploadByClass.sql");
        List<Counts> theirs = [];
        var peer = await Stopwatches.TimeAsync("postgres peer: artifact upload by class", repeat, async () =>
        {
            theirs = await Peer(c, sql, phase, asOf);
            return (theirs.Count, null);
        });
        add(peer);

        var query = new CompletionQuery(phase.Semester, asOf, Breakdown.Class, phase.Id);
        List<Counts> ours = [];
        var own = await Stopwatches.Time("completion one phase --by class", repeat, () =>
        {
            ours = metrics.Completion(query)
                .Select(r => new Counts(r.Grade ?? 0, r.ClassCode ?? "", r.Population, r.Complete, r.Late, r.Missing))
                .ToList();
            return (ours.Count, null);
        });
        add(own);

        var differences = ours.Except(theirs).Select(o => $"ours {o}").Concat(theirs.Except(ours).Select(t => $"peer {t}")).ToList();
        if (differences.Count > 0)
            throw new InvalidOperationException(
                $"PostgreSQL 對照組與本系統的 {phase.Id} 各班數字不一致（{differences.Count} 處）：\n{string.Join("\n", differences.Take(20))}");
        return Math.Round(peer.MedianMs / own.MedianMs, 2);
    }

    private static async Task<List<Counts>> Peer(NpgsqlConnection c, string sql, Phase phase, DateTime asOf)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        var popDate = asOf > phase.End ? phase.End : asOf;
        cmd.Parameters.Add(new NpgsqlParameter("syear", NpgsqlDbType.Smallint) { Value = (short)phase.Semester.AcademicYear });
        cmd.Parameters.Add(new NpgsqlParameter("seme", NpgsqlDbType.Integer) { Value = phase.Semester.Term });
        cmd.Parameters.Add(new NpgsqlParameter("pop_date", NpgsqlDbType.Date) { Value = DateOnly.FromDateTime(popDate) });
        cmd.Parameters.Add(new NpgsqlParameter("grades", NpgsqlDbType.Array | NpgsqlDbType.Integer)
        {
            Value = (phase.Grades.Count == 0 ? [10, 11, 12] : phase.Grades.ToArray()),
        });
        cmd.Parameters.Add(new NpgsqlParameter("deadline", NpgsqlDbType.Timestamp) { Value = phase.End });
        cmd.Parameters.Add(new NpgsqlParameter("asof", NpgsqlDbType.Timestamp) { Value = asOf });
        cmd.Parameters.Add(new NpgsqlParameter("minimum", NpgsqlDbType.Bigint) { Value = (long)Math.Max(1, phase.Minimum) });
        var rows = new List<Counts>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
            rows.Add(new Counts(r.IsDBNull(0) ? 0 : r.GetInt32(0), r.IsDBNull(1) ? "" : r.GetString(1), r.GetInt64(2), r.GetInt64(3),
                r.GetInt64(4), r.GetInt64(5)));
        return rows;
    }

    private static string Sql(string name) => SqlResource.Load(typeof(PostgresPeer).Assembly, "Peer/" + name);

    /// <summary>One class's counts (the admin database knows no 免除: with one recorded, the check fails).</summary>
    private sealed record Counts(int Grade, string ClassCode, long Population, long Complete, long Late, long Missing);
}

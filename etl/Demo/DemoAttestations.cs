using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// What the demo school's staff attested on the 行政檢核 page (trainings held, plans announced): most items on time,
/// a few late, a few never — so the self-check report shows all three kinds of 執行情形. Deterministic by seed.
/// </summary>
public static class DemoAttestations
{
    /// <summary>
    /// Attests the demo's passed attested phases, then its passed unit tasks only an attestation shows done (登錄 of
    /// 基本資料, 修課紀錄 …: evidence attestation); returns how many were attested.
    /// </summary>
    public static int Write(CompletionMetrics metrics, DemoOptions options)
    {
        var passed = metrics.School.ScheduledSemesters
            .SelectMany(s => ScheduleResolver.Resolve(metrics.School, s))
            .Where(p => p.End <= options.ExportedAt)
            .DistinctBy(p => p.Id)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return Write(metrics, options, passed.Where(p => p.Kind == PhaseKind.Attested).ToList(), 0x7A77)
            + Write(metrics, options, passed.Where(p => p.Kind == PhaseKind.UnitTask && p.CountedBy == PhaseEvidence.Attestation).ToList(), 0x7A78);
    }

    private static int Write(CompletionMetrics metrics, DemoOptions options, List<Phase> phases, int stream)
    {
        var written = 0;
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            var random = Seeds.Stream(options.Seed, stream, i);
            if (random.NextDouble() < 0.12) continue; // never recorded: the report says so plainly
            var late = random.NextDouble() < 0.12;
            var days = Math.Max(0, (phase.End.Date - phase.Start.Date).Days);
            var doneOn = late
                ? phase.End.Date.AddDays(1 + random.Next(10))
                : phase.Start.Date.AddDays(random.Next(days + 1));
            if (doneOn > options.ExportedAt) continue;
            var unit = phase.ResponsibleUnits.Count > 0 ? phase.ResponsibleUnits[0] : "執行秘書";
            var isTraining = phase.Title.Contains("訓練") || phase.Title.Contains("研習") || phase.Title.Contains("宣導");
            metrics.Attest(new Attestation(
                phase.Id,
                DateOnly.FromDateTime(doneOn),
                isTraining ? $"{phase.Title}，已辦理完畢" : $"{phase.Title}，已完成",
                isTraining ? 30 + random.Next(90) : null,
                $"https://intranet.demo.edu.tw/portfolio/{phase.Id}",
                $"{unit}（示範）",
                doneOn.AddDays(1).AddHours(16).AddMinutes(random.Next(60))));
            written++;
        }
        return written;
    }
}

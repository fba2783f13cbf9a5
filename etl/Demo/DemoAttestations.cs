using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// What the school's staff attested in the product by the export moment: the 行政/訓練 items (trainings held, rules
/// published, the self-check) and unit tasks no export shows (收訖明細 produced, reported errors handled), by the
/// responsible unit's head, mostly in the window, one a little late, one never — so the self-check shows a gap.
/// </summary>
internal static class DemoAttestations
{
    public static IReadOnlyList<Attestation> Build(DemoTimeline timeline, DemoRoster roster, DateTime exportedAt, int seed)
    {
        var random = Seeds.Stream(seed, 60);
        var due = timeline.Phases
            .Where(p => p.End <= exportedAt
                        && (p.Kind == PhaseKind.Attested
                            || (p.Kind == PhaseKind.UnitTask && (p.Category is null || !DemoTimeline.DataCategories.Contains(p.Category)))))
            .OrderBy(p => p.End).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var students = roster.Students.Count;
        var teachers = roster.Staff.Count(s => s.Title == "教師");
        var list = new List<Attestation>();
        for (var i = 0; i < due.Count; i++)
        {
            var phase = due[i];
            if (i == due.Count / 2) continue; // never attested: the report shows it undone
            var start = DemoDates.Day(phase.Start);
            var end = DemoDates.Day(phase.End);
            var day = start.AddDays(random.Next(Math.Max(1, end.DayNumber - start.DayNumber + 1)));
            if (i == due.Count / 3) day = end.AddDays(3 + random.Next(5)); // held a little late
            var at = DemoDates.StaffMoment(random, day.AddDays(random.Next(0, 3)));
            if (at > exportedAt) continue;
            int? attendance = phase.Title.Contains("教師") ? (int)(teachers * (0.85 + 0.1 * random.NextDouble()))
                : phase.Title.Contains("學生") || phase.Title.Contains("家長") ? (int)(students * (0.8 + 0.15 * random.NextDouble()))
                : phase.Title.Contains("行政") ? 20 + random.Next(10)
                : null;
            var note = attendance is { } n ? $"{phase.Title}：已辦理，出席 {n:N0} 人" : $"{phase.Title}：已完成";
            list.Add(new Attestation(phase.Id, day, note, attendance, null, HeadOf(roster, phase.ResponsibleUnits), at));
        }
        return list;
    }

    private static string HeadOf(DemoRoster roster, IReadOnlyList<string> units)
    {
        foreach (var unit in units)
        {
            var head = roster.Staff.FirstOrDefault(s => s.Section == unit && s.Title == "組長")
                       ?? roster.Staff.FirstOrDefault(s => s.Section is null && s.Office == unit && s.Title.EndsWith("主任"));
            if (head is not null) return head.No;
        }
        return roster.Staff.First(s => s.Title == "教務主任").No;
    }
}

using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>One 提交 to the 中央資料庫. 多元表現 is a yearly roster: 學期 0.</summary>
internal sealed record DemoSubmission(string No, Semester Data, string Category, string Unit, DateTime Time, string StaffNo,
    IReadOnlyList<int> Grades)
{
    public int Term => Category == "多元表現" ? 0 : Data.Term;
}

/// <summary>A receipt-confirmation phase and the submissions whose 收訖明細 students confirm in it.</summary>
internal sealed record ReceiptPlan(Phase Phase, IReadOnlyList<DemoSubmission> Submissions);

/// <summary>
/// When each unit submitted what: inside the submission phase's window mostly, now and then a day or two late.
/// Where students confirm receipts before the final submission (靜心 grade 12: confirm 112.04.17–19, submit
/// 112.04.20–25), the data went up for 收訖明細 two days before the confirmation window.
/// </summary>
internal static class SubmissionPlan
{
    public static (List<DemoSubmission> Submissions, List<ReceiptPlan> Receipts) Build(
        DemoTimeline timeline, DemoRoster roster, DateTime exportedAt, int seed)
    {
        var submissions = new List<DemoSubmission>();
        var random = Seeds.Stream(seed, 40);
        string NextNo() => $"S{submissions.Count + 1:0000}";
        string StaffOf(string unit) =>
            (roster.Staff.FirstOrDefault(s => s.Section == unit && s.Title == "組長") ?? roster.SectionHead("註冊組")).No;

        var tasks = timeline.Submissions().Concat(timeline.Registrations().Select(p => (Phase: p, Categories: (IReadOnlyList<string>)[p.Category!])));
        foreach (var (phase, categories) in tasks.OrderBy(p => p.Phase.Start).ThenBy(p => p.Phase.Id, StringComparer.Ordinal))
        {
            if (phase.Start > exportedAt) continue;
            var unit = phase.ResponsibleUnits.FirstOrDefault(u => u.EndsWith('組')) ?? "註冊組";
            foreach (var category in categories)
            {
                var span = (phase.End - phase.Start).TotalDays;
                var day = DemoDates.Day(phase.Start.AddDays(span * (0.5 + 0.45 * random.NextDouble())));
                if (random.Chance(0.1)) day = DemoDates.Day(phase.End).AddDays(random.Next(1, 4));
                var time = DemoDates.StaffMoment(random, day);
                if (time > exportedAt) continue;
                submissions.Add(new DemoSubmission(NextNo(), phase.Semester, category, unit, time, StaffOf(unit), phase.Grades));
            }
        }

        var receipts = new List<ReceiptPlan>();
        foreach (var phase in timeline.ReceiptConfirmations().OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            if (phase.Start > exportedAt) continue;
            // A confirmation phase about one category (甄選會's 修課記錄 check) covers only that category's receipts.
            var only = phase.Category is { } pc && DemoTimeline.DataCategories.Contains(pc) ? pc : null;
            var earlier = submissions
                .Where(s => Covers(s, phase) && s.Time <= phase.Start && (only is null || s.Category == only))
                .GroupBy(s => s.Category).Select(g => g.OrderBy(s => s.Time).Last()).ToList();
            // What the final submission right after the confirmation will send must have gone up for 收訖明細 first.
            var coming = timeline.Submissions()
                .Where(p => p.Phase.Semester == phase.Semester && p.Phase.Start >= phase.Start && p.Phase.Start <= phase.End.AddDays(30)
                            && p.Phase.Grades.Count > 0 && Overlaps(p.Phase.Grades, phase.Grades))
                .SelectMany(p => p.Categories).Where(c => only is null || c == only).ToList();
            if (earlier.Count == 0 && coming.Count == 0) coming = only is null ? [.. DemoTimeline.DefaultCategories] : [only];
            var missing = coming.Distinct().Where(c => earlier.All(s => s.Category != c)).ToList();
            if (missing.Count > 0)
            {
                var day = DemoDates.Day(phase.Start).AddDays(-2);
                foreach (var category in missing)
                {
                    var s = new DemoSubmission(NextNo(), phase.Semester, category, "註冊組",
                        DemoDates.StaffMoment(random, day), StaffOf("註冊組"), phase.Grades);
                    submissions.Add(s);
                    earlier.Add(s);
                }
            }
            receipts.Add(new ReceiptPlan(phase, earlier));
        }
        return (submissions, receipts);
    }

    private static bool Covers(DemoSubmission s, Phase receipt) =>
        (s.Data == receipt.Semester || (s.Term == 0 && s.Data.AcademicYear == receipt.Semester.AcademicYear))
        && Overlaps(s.Grades, receipt.Grades);

    private static bool Overlaps(IReadOnlyList<int> a, IReadOnlyList<int> b) => a.Count == 0 || b.Count == 0 || a.Intersect(b).Any();
}

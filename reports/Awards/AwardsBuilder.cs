using PortfolioAnalytics.Reports.Data;
using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Reports.Awards;

/// <summary>
/// The 敘獎 pack's people and measures: units (tasks on time), 導師 (their classes' on-time completion against the
/// school's), 任課教師 (certifications on time, median days) and 課諮師 (counseling records entered on time). The award
/// is the first of the school's thresholds for the role, highest rate first, that the person reaches.
/// </summary>
internal static class AwardsBuilder
{
    public const string Title = "學生學習歷程檔案 辦理成效評核暨敘獎建議";

    // Roles as AwardThreshold.Role names them, with the words the committee reads.
    private static readonly (string Key, string Name)[] Roles =
        [("unit", "行政單位"), ("tutor", "導師"), ("teacher", "任課教師"), ("counselor", "課程諮詢教師")];

    public static AwardsModel Build(IReportData data, Semester semester, DateTime asOf, DateTime generated)
    {
        var school = data.School;
        var phases = data.Phases(semester);
        var candidates = new List<AwardCandidate>();
        candidates.AddRange(Rank("unit", Units(data, semester, asOf, phases), school.AwardThresholds));
        candidates.AddRange(Rank("tutor", Tutors(data, semester, asOf, phases), school.AwardThresholds));
        candidates.AddRange(Rank("teacher", Teachers(data, semester, asOf), school.AwardThresholds));
        candidates.AddRange(Rank("counselor", Counselors(data, semester, asOf, phases), school.AwardThresholds));

        var notes = new List<string>
        {
            "評核指標以準時完成數／應辦數計算（逾期完成不計入準時）；建議獎勵依本校獎勵標準之門檻，由高至低取第一個達到者。",
        };
        if (school.AwardThresholds.Count == 0)
            notes.Add("學校設定尚未訂定獎勵標準門檻（award thresholds），建議獎勵欄暫列「未設定標準」，請工作小組議定。");
        else
            notes.Add("獎勵標準：" + string.Join("；", school.AwardThresholds
                .GroupBy(t => t.Role)
                .Select(g => $"{RoleName(g.Key)} " + string.Join("、", g.OrderByDescending(t => t.MinRate)
                    .Select(t => $"≥{t.MinRate * 100:0.#}% {t.Award}")))));

        var header = new DocumentHeader(school.Name, Title, semester.ToChinese(), Text.Moment(asOf), Text.Moment(generated));
        return new AwardsModel(header, candidates, MemberName(school, "召集人"), MemberName(school, "執行秘書"), notes);
    }

    private sealed record Measured(string Name, string Unit, IReadOnlyList<string> Duties, IReadOnlyList<string> Results,
        long Done, long Population, long Volume);

    private static IEnumerable<AwardCandidate> Rank(string role, IEnumerable<Measured> people, IReadOnlyList<AwardThreshold> all)
    {
        var thresholds = all.Where(t => t.Role == role).OrderByDescending(t => t.MinRate).ToList();
        var ordered = people
            .OrderByDescending(p => Text.Rate(p.Done, p.Population) ?? -1)
            .ThenByDescending(p => p.Volume)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var rank = 0;
        double? previousRate = null;
        long previousVolume = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            var rate = Text.Rate(p.Done, p.Population);
            if (i == 0 || rate != previousRate || p.Volume != previousVolume) rank = i + 1;
            previousRate = rate;
            previousVolume = p.Volume;
            yield return new AwardCandidate(RoleName(role), rank, p.Name, p.Unit, p.Duties, p.Results,
                p.Done, p.Population, Award(thresholds, rate));
        }
    }

    private static string Award(IReadOnlyList<AwardThreshold> thresholds, double? rate)
    {
        if (thresholds.Count == 0) return "未設定標準";
        if (rate is null) return "無應辦事項";
        var hit = thresholds.FirstOrDefault(t => (decimal)rate.Value >= t.MinRate);
        return hit?.Award ?? "未達標準";
    }

    private static string RoleName(string key) => Roles.FirstOrDefault(r => r.Key == key).Name ?? key;

    private static string MemberName(SchoolConfig school, string role) =>
        school.Members.FirstOrDefault(m => m.Role.Contains(role, StringComparison.Ordinal))?.Name ?? "＿＿＿＿＿＿";

    private static IEnumerable<Measured> Units(IReportData data, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var tasks = phases.Where(p => p.Kind is PhaseKind.UnitTask or PhaseKind.Attested).ToList();
        var rows = data.Completion(new CompletionQuery(semester, asOf, Breakdown.Phase))
            .GroupBy(r => r.PhaseId).ToDictionary(g => g.Key, g => g.First());
        var attestations = data.Attestations(semester).GroupBy(a => a.PhaseId).ToDictionary(g => g.Key, g => g.First());
        foreach (var unit in data.School.Units)
        {
            var mine = tasks.Where(p => p.ResponsibleUnits.Any(u => SameUnit(u, unit.Name))).OrderBy(p => p.End).ToList();
            var results = new List<string>();
            long done = 0, population = 0;
            foreach (var task in mine)
            {
                if (asOf <= task.End && !attestations.ContainsKey(task.Id) && rows.GetValueOrDefault(task.Id) is not { Complete: > 0 })
                {
                    results.Add($"{task.Title}：進行中（{Text.Date(task.End)} 截止）");
                    continue;
                }
                population++;
                bool onTime;
                if (attestations.TryGetValue(task.Id, out var a))
                {
                    onTime = a.DoneOn.ToDateTime(TimeOnly.MinValue) <= task.End;
                    results.Add($"{task.Title}：{(onTime ? "準時" : "逾期")}辦理 {Text.Date(a.DoneOn)}（截止 {Text.Date(task.End)}）");
                }
                else if (rows.GetValueOrDefault(task.Id) is { } row && row.Population > 0)
                {
                    onTime = row.Missing == 0 && row.Late == 0;
                    results.Add($"{task.Title}：{(onTime ? "準時完成" : row.Late > 0 ? "逾期完成" : "未完成")}（截止 {Text.Date(task.End)}）");
                }
                else
                {
                    onTime = false;
                    results.Add($"{task.Title}：尚無紀錄（截止 {Text.Date(task.End)}）");
                }
                if (onTime) done++;
            }
            if (results.Count == 0) results.Add("本學期無列管的單位作業");
            var staff = data.School.Members.Where(m => SameUnit(m.Unit, unit.Name)).Select(m => m.Name).ToList();
            if (staff.Count == 0) staff = data.UnitStaff(unit.Name).Take(1).ToList();
            var name = staff.Count > 0 ? string.Join("、", staff) : unit.Name;
            yield return new Measured(name, unit.Name, unit.Duties, results, done, population, population);
        }
    }

    private static bool SameUnit(string a, string b) =>
        a == b || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal);

    private static IEnumerable<Measured> Tutors(IReportData data, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var studentPhases = phases.Where(p => PhaseNames.IsStudentPhase(p.Kind) && p.Start <= asOf)
            .ToDictionary(p => p.Id);
        if (studentPhases.Count == 0) yield break;
        var school = data.Completion(new CompletionQuery(semester, asOf, Breakdown.Phase))
            .Where(r => studentPhases.ContainsKey(r.PhaseId)).ToDictionary(r => r.PhaseId);
        var tutorClasses = data.Classes(semester).Where(c => c.TutorStaffNo is not null)
            .GroupBy(c => c.TutorStaffNo!).ToDictionary(g => g.Key, g => g.Select(c => c.ClassCode).ToList());
        var rows = data.Completion(new CompletionQuery(semester, asOf, Breakdown.Tutor))
            .Where(r => r.TutorStaffNo is not null && studentPhases.ContainsKey(r.PhaseId));
        foreach (var tutor in rows.GroupBy(r => (r.TutorStaffNo!, r.TutorName)))
        {
            var results = tutor.OrderBy(r => studentPhases[r.PhaseId].End).Select(r =>
            {
                var s = school.GetValueOrDefault(r.PhaseId);
                var schoolText = s is null ? "" : $"；全校 {Text.Ratio(s.Complete, s.Population)}";
                return $"{studentPhases[r.PhaseId].Title}：班級準時 {Text.Ratio(r.Complete, r.Population)}{schoolText}";
            }).ToList();
            long done = tutor.Sum(r => r.Complete), population = tutor.Sum(r => r.Population);
            // The school's figure over the same phases as the tutor's classes.
            var same = tutor.Select(r => r.PhaseId).Distinct().Select(id => school.GetValueOrDefault(id)).OfType<CompletionRow>().ToList();
            results.Add($"合計：班級 {Text.Ratio(done, population)}，全校 {Text.Ratio(same.Sum(r => r.Complete), same.Sum(r => r.Population))}");
            var classes = tutor.Select(r => r.ClassCode).OfType<string>()
                .Concat(tutorClasses.GetValueOrDefault(tutor.Key.Item1) ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
            yield return new Measured(tutor.Key.TutorName ?? tutor.Key.Item1,
                classes.Count > 0 ? string.Join("、", classes) + " 班導師" : "導師",
                ["督促學生於期限內上傳課程學習成果與多元表現、完成勾選及收訖明細確認"], results, done, population, population);
        }
    }

    private static IEnumerable<Measured> Teachers(IReportData data, Semester semester, DateTime asOf) =>
        data.TeacherCertifications(semester, asOf).Where(t => t.Total > 0).Select(t => new Measured(
            t.TeacherName, string.IsNullOrWhiteSpace(t.Unit) ? "任課教師" : t.Unit,
            ["於規定期間內完成學生課程學習成果認證"],
            [
                $"認證準時 {Text.Ratio(t.OnTime, t.Total)}，逾期 {Text.Count(t.Late)} 件，待認證 {Text.Count(t.Pending)} 件",
                t.MedianDays is { } m ? $"上傳至認證中位數 {Text.Days(m)} 天" : "上傳至認證中位數：尚無已認證件數",
                t.OldestPendingDays is { } o && t.Pending > 0 ? $"最久待認證 {o} 天" : "無待認證件數",
            ],
            t.OnTime, t.Total, t.Total));

    private static IEnumerable<Measured> Counselors(IReportData data, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var deadline = phases.Where(p => p.Kind == PhaseKind.Counseling).Select(p => (DateTime?)p.End).Max()
            ?? semester.EndsOn.ToDateTime(new TimeOnly(23, 59, 59));
        return data.Counselors(semester, deadline, asOf).Select(c => new Measured(
            c.Name, "課程諮詢教師", ["登錄課程諮詢紀錄（每位學生每學期至少一次）"],
            [
                $"諮詢紀錄 {Text.Count(c.Records)} 筆，學生 {Text.Count(c.Students)} 人",
                $"於 {Text.Date(deadline)} 前登錄 {Text.Ratio(c.OnTime, c.Records)}",
            ],
            c.OnTime, c.Records, c.Students));
    }
}

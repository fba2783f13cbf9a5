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

    public static AwardsModel Build(IMetrics data, Semester semester, DateTime asOf, DateTime generated)
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
            "建議獎勵依準時完成率（截止前完成數／應辦數，逾期完成不計入）判定，並列完成率（含逾期）供參；獎勵門檻由高至低取第一個達到者。",
            "各數字與「portfolio completion」及儀表板同一計算：單位作業、導師依各階段完成情形，任課教師依各認證階段的課程學習成果件數。",
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

    private sealed record Measured(string? StaffNo, string Name, string Unit, IReadOnlyList<string> Duties, IReadOnlyList<string> Results,
        IReadOnlyList<AwardPhase> Phases, long Volume)
    {
        public CompletionCounts Counts => CompletionCounts.Sum(Phases.Select(p => p.Counts));
    }

    private static IEnumerable<AwardCandidate> Rank(string role, IEnumerable<Measured> people, IReadOnlyList<AwardThreshold> all)
    {
        var thresholds = all.Where(t => t.Role == role).OrderByDescending(t => t.MinRate).ToList();
        var ordered = people
            .OrderByDescending(p => p.Counts.OnTimeRate ?? -1)
            .ThenByDescending(p => p.Volume)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var rank = 0;
        double? previousRate = null;
        long previousVolume = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            var rate = p.Counts.OnTimeRate;
            if (i == 0 || rate != previousRate || p.Volume != previousVolume) rank = i + 1;
            previousRate = rate;
            previousVolume = p.Volume;
            var (award, threshold) = Award(thresholds, rate);
            yield return new AwardCandidate(RoleName(role), role, rank, p.StaffNo, p.Name, p.Unit, p.Duties, p.Results, p.Phases, award, threshold);
        }
    }

    /// <summary>The award and the threshold it was judged against (the lowest one when none is reached).</summary>
    private static (string Award, decimal? Threshold) Award(IReadOnlyList<AwardThreshold> thresholds, double? rate)
    {
        if (thresholds.Count == 0) return ("未設定標準", null);
        if (rate is null) return ("無應辦事項", null);
        var hit = thresholds.FirstOrDefault(t => (decimal)rate.Value >= t.MinRate);
        return hit is null ? ("未達標準", thresholds[^1].MinRate) : (hit.Award, hit.MinRate);
    }

    private static string RoleName(string key) => Roles.FirstOrDefault(r => r.Key == key).Name ?? key;

    private static string MemberName(SchoolConfig school, string role) =>
        school.Members.FirstOrDefault(m => m.Role.Contains(role, StringComparison.Ordinal))?.Name ?? "＿＿＿＿＿＿";

    /// <summary>
    /// A unit's tasks of the semester (單位登錄/提交, 行政/訓練): each counted as the metrics count it (done by the
    /// deadline, late, missing; an attestation counts), once its deadline has passed or it is done.
    /// </summary>
    private static IEnumerable<Measured> Units(IMetrics data, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var tasks = phases.Where(p => p.Kind is PhaseKind.UnitTask or PhaseKind.Attested).ToList();
        var rows = data.Completion(new CompletionQuery(semester, asOf, Breakdown.Phase))
            .GroupBy(r => r.PhaseId).ToDictionary(g => g.Key, g => g.First());
        var attestations = data.Attestations(semester).GroupBy(a => a.PhaseId).ToDictionary(g => g.Key, g => g.First());
        foreach (var unit in data.School.Units)
        {
            var mine = tasks.Where(p => p.ResponsibleUnits.Any(u => SameUnit(u, unit.Name))).OrderBy(p => p.End).ToList();
            var results = new List<string>();
            var counted = new List<AwardPhase>();
            foreach (var task in mine)
            {
                var counts = rows.GetValueOrDefault(task.Id)?.Counts ?? new CompletionCounts(1, 0, 0, 1, 0);
                if (asOf <= task.End && counts.Done == 0)
                {
                    results.Add($"{task.Title}：進行中（{Text.Date(task.End)} 截止）");
                    continue;
                }
                counted.Add(new AwardPhase(task.Id, counts));
                var state = counts.Complete > 0 ? "準時完成" : counts.Late > 0 ? "逾期完成" : counts.Population == 0 ? "免除" : "未完成";
                var when = attestations.TryGetValue(task.Id, out var a) ? $" {Text.Date(a.DoneOn)}" : "";
                results.Add($"{task.Title}：{state}{when}（截止 {Text.Date(task.End)}）");
            }
            if (results.Count == 0) results.Add("本學期無列管的單位作業");
            var staff = data.School.Members.Where(m => SameUnit(m.Unit, unit.Name)).ToList();
            var names = staff.Select(m => m.Name).ToList();
            if (names.Count == 0) names = data.UnitStaff(unit.Name).Take(1).ToList();
            var name = names.Count > 0 ? string.Join("、", names) : unit.Name;
            yield return new Measured(staff.Select(m => m.StaffNo).FirstOrDefault(n => !string.IsNullOrEmpty(n)), name, unit.Name,
                unit.Duties, results, counted, counted.Count);
        }
    }

    private static bool SameUnit(string a, string b) =>
        a == b || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal);

    private static IEnumerable<Measured> Tutors(IMetrics data, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
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
                var schoolText = s is null ? "" : $"；全校準時 {s.Counts.OnTimeText}";
                return $"{studentPhases[r.PhaseId].Title}：班級準時 {r.Counts.OnTimeText}，含逾期 {r.Counts.WithLateText}{schoolText}";
            }).ToList();
            var counts = CompletionCounts.Sum(tutor.Select(r => r.Counts));
            // The school's figure over the same phases as the tutor's classes.
            var same = CompletionCounts.Sum(tutor.Select(r => r.PhaseId).Distinct().Select(id => school.GetValueOrDefault(id)).OfType<CompletionRow>().Select(r => r.Counts));
            results.Add($"合計：班級準時 {counts.OnTimeText}，全校準時 {same.OnTimeText}");
            var classes = tutor.Select(r => r.ClassCode).OfType<string>()
                .Concat(tutorClasses.GetValueOrDefault(tutor.Key.Item1) ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
            yield return new Measured(tutor.Key.Item1, tutor.Key.TutorName ?? tutor.Key.Item1,
                classes.Count > 0 ? string.Join("、", classes) + " 班導師" : "導師",
                ["督促學生於期限內上傳課程學習成果與多元表現、完成勾選及收訖明細確認"], results,
                tutor.Select(r => new AwardPhase(r.PhaseId, r.Counts)).ToList(), counts.Population);
        }
    }

    /// <summary>Each course teacher's certification phases, counted in artifacts exactly as <c>completion --by teacher</c>.</summary>
    private static IEnumerable<Measured> Teachers(IMetrics data, Semester semester, DateTime asOf) =>
        data.TeacherCertifications(new CompletionQuery(semester, asOf, Breakdown.Teacher))
            .Where(t => t.TeacherStaffNo.Length > 0 && t.Population > 0)
            .GroupBy(t => t.TeacherStaffNo)
            .Select(g =>
            {
                var rows = g.ToList();
                var counts = CompletionCounts.Sum(rows.Select(r => r.Counts));
                var results = rows.Select(r =>
                    $"{r.PhaseTitle}：準時認證 {r.Counts.OnTimeText}，逾期 {Text.Count(r.Late)} 件，待認證 {Text.Count(r.Missing)} 件").ToList();
                var medians = rows.Where(r => r.MedianDays is not null).Select(r => r.MedianDays!.Value).ToList();
                results.Add(medians.Count > 0 ? $"上傳至認證中位數 {Text.Days(medians.Max())} 天" : "上傳至認證中位數：尚無已認證件數");
                var oldest = rows.Where(r => r.Missing > 0).Select(r => r.OldestPendingDays).Max();
                results.Add(oldest is { } o ? $"最久待認證 {o} 天" : "無待認證件數");
                var first = rows[0];
                return new Measured(first.TeacherStaffNo, first.TeacherName.Length > 0 ? first.TeacherName : first.TeacherStaffNo,
                    string.IsNullOrWhiteSpace(first.Unit) ? "任課教師" : first.Unit, ["於規定期間內完成學生課程學習成果認證"], results,
                    rows.Select(r => new AwardPhase(r.PhaseId, r.Counts)).ToList(), counts.Population);
            });

    private static IEnumerable<Measured> Counselors(IMetrics data, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var phase = phases.Where(p => p.Kind == PhaseKind.Counseling).MaxBy(p => p.End);
        var deadline = phase?.End ?? AsOf.EndOfDay(semester.EndsOn);
        return data.Counselors(semester, deadline, asOf).Select(c => new Measured(
            c.StaffNo, c.Name, "課程諮詢教師", ["登錄課程諮詢紀錄（每位學生每學期至少一次）"],
            [
                $"諮詢紀錄 {Text.Count(c.Records)} 筆，學生 {Text.Count(c.Students)} 人",
                $"於 {Text.Date(deadline)} 前登錄 {Text.Ratio(c.OnTime, c.Records)}",
            ],
            // Counted in records: on time = entered by the counseling deadline, the rest after it.
            [new AwardPhase(phase?.Id ?? "", new CompletionCounts(c.Records, c.OnTime, c.Records - c.OnTime, 0, 0))], c.Students));
    }
}

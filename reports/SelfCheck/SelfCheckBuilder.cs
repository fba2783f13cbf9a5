using PortfolioAnalytics.Reports.Charts;
using PortfolioAnalytics.Reports.Data;
using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Reports.SelfCheck;

/// <summary>Fills the 執行檢核表: each row's 執行情形 from the phases that point at it, their data or attestation.</summary>
internal static class SelfCheckBuilder
{
    public const string Title = "學生學習歷程檔案 自我檢核報告";

    public static SelfCheckModel Build(IMetrics data, Semester semester, DateTime asOf, DateTime generated, bool withCharts)
    {
        var checklist = ChecklistAdapter.From(data.School, semester);
        var phases = data.Phases(semester);
        // A row of the year's checklist may be filled by a phase another semester's schedule lists (課程計畫公告 in
        // 110-2, trainings in 111-1 for the 111-2 report, 111-1 uploads the 111-2 schedule closes). Earlier schedules
        // count; later ones only for phases about this semester's data or before — the rest is a later self-check's.
        var linked = new List<(Phase Phase, Semester ScheduledIn)>(phases.Select(p => (p, semester)));
        var later = new List<Phase>();
        foreach (var other in SchoolYearPhases.Around(semester))
        {
            if (other == semester) continue;
            var candidates = data.Phases(other).Where(p => checklist.Any(l => Fills(p, l)) && linked.All(x => x.Phase.Id != p.Id)).ToList();
            if (other.CompareTo(semester) > 0)
            {
                later.AddRange(candidates.Where(p => p.Semester.CompareTo(semester) > 0));
                candidates = candidates.Where(p => p.Semester.CompareTo(semester) <= 0).ToList();
            }
            linked.AddRange(candidates.Select(p => (p, other)));
        }

        var rows = new Dictionary<string, CompletionRow>();
        var attestations = new Dictionary<string, Attestation>();
        foreach (var scheduled in linked.Select(x => x.ScheduledIn).Distinct())
        {
            var mine = linked.Where(x => x.ScheduledIn == scheduled).Select(x => x.Phase.Id).ToHashSet();
            // This semester: every phase (the charts and the workbook reuse it); the others: only the phases that fill a
            // row and have started. One query either way: the metrics answer all of a semester's phases at once.
            var started = linked.Where(x => x.ScheduledIn == scheduled && x.Phase.Start <= asOf && x.Phase.Kind != PhaseKind.Attested)
                .Select(x => x.Phase.Id).ToHashSet();
            var answers = data.Completion(new CompletionQuery(scheduled, asOf, Breakdown.Phase))
                .Where(r => scheduled == semester || started.Contains(r.PhaseId));
            foreach (var row in answers.Where(r => mine.Contains(r.PhaseId)))
                rows.TryAdd(row.PhaseId, row);
            foreach (var a in data.Attestations(scheduled).Where(a => mine.Contains(a.PhaseId)).OrderBy(a => a.AttestedAt))
                attestations[a.PhaseId] = a;
        }

        var tables = checklist
            .GroupBy(l => l.GradeGroup)
            .Select(group => new ChecklistTable(group.Key, group
                .GroupBy(l => (l.Section, l.SectionTitle))
                .OrderBy(s => s.Key.Section)
                .Select(section => new ChecklistSection(section.Key.Section, PhaseNames.Numeral(section.Key.Section),
                    section.Key.SectionTitle,
                    section.OrderBy(l => l.Item)
                        .Select(line => Entry(line, linked.Select(x => x.Phase).Where(p => Fills(p, line)).ToList(),
                            later.Where(p => Fills(p, line)).ToList(), rows, attestations, asOf))
                        .ToList()))
                .ToList()))
            .ToList();

        var header = new DocumentHeader(data.School.Name, Title, semester.ToChinese(), Text.Moment(asOf), Text.Moment(generated));
        return new SelfCheckModel(header, tables, withCharts ? Charts(data, semester, asOf, phases, rows) : []);
    }

    /// <summary>The model with its 檢核發現 section: the findings grouped per kind, in <see cref="FindingKinds.All"/>'s order.</summary>
    public static SelfCheckModel WithFindings(SelfCheckModel model, IReadOnlyList<FindingRow> findings) => model with
    {
        Findings = findings.GroupBy(f => f.Kind)
            .OrderBy(g => FindingKinds.All.ToList().IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(g => new FindingGroup(g.Key, FindingKinds.ToChinese(g.Key), g.Select(f => f.Rule).Distinct().ToList(), g.ToList()))
            .ToList(),
    };

    private static bool Fills(Phase phase, ChecklistLine line)
    {
        var target = new ChecklistRef(line.GradeGroup, line.Section, line.Item);
        return line.PhaseIds.Contains(phase.Id) || phase.Checklist == target || (phase.ChecklistRefs?.Contains(target) ?? false);
    }

    private static ChecklistEntry Entry(ChecklistLine line, IReadOnlyList<Phase> phases, IReadOnlyList<Phase> nextSemester,
        IReadOnlyDictionary<string, CompletionRow> rows, IReadOnlyDictionary<string, Attestation> attestations, DateTime asOf)
    {
        var mine = phases.OrderBy(p => p.End).ToList();
        var status = new List<string>();
        var tones = new List<EntryTone>();
        foreach (var phase in mine)
        {
            var prefix = mine.Count > 1 ? phase.Title + "：" : "";
            var (text, tone) = attestations.TryGetValue(phase.Id, out var attestation)
                ? (Attested(attestation), EntryTone.Done)
                : phase.Kind == PhaseKind.Attested
                    ? NotAttested(phase, asOf)
                    : FromData(phase, rows.GetValueOrDefault(phase.Id), asOf);
            status.Add(prefix + text);
            tones.Add(tone);
        }
        if (status.Count == 0 && nextSemester.Count > 0)
        {
            status.Add($"下學期辦理（{Text.Date(nextSemester.Min(p => p.Start))} 起）");
            tones.Add(EntryTone.Pending);
        }
        else if (status.Count == 0)
        {
            status.Add("尚無紀錄");
            tones.Add(EntryTone.NoRecord);
        }
        var worst = tones.Contains(EntryTone.Attention) ? EntryTone.Attention
            : tones.Contains(EntryTone.NoRecord) ? EntryTone.NoRecord
            : tones.Contains(EntryTone.Pending) ? EntryTone.Pending : EntryTone.Done;
        return new ChecklistEntry(line.Item, line.Title, line.Units, line.Due, status, worst);
    }

    /// <summary>
    /// 「已完成（112.02.03 截止）；準時完成率 1,302/1,331（97.8%），完成率（含逾期） 1,331/1,331（100.0%），逾期 29 人」 —
    /// 已完成 only when nothing is missing; a closed phase with work missing says 已截止 and how much.
    /// </summary>
    internal static (string Text, EntryTone Tone) FromData(Phase phase, CompletionRow? row, DateTime asOf)
    {
        if (asOf < phase.Start) return ($"未開始（{Text.Date(phase.Start)} 起，{Text.Date(phase.End)} 截止）", EntryTone.Pending);
        if (row is null) return ("尚無紀錄", EntryTone.NoRecord);
        var word = PhaseNames.CountWord(phase.Kind);
        var counts = row.Counts;
        if (counts.Population == 0) return ($"無應辦對象（{Text.Date(phase.End)} 截止）", EntryTone.Done);
        var closed = asOf > phase.End;
        var head = !counts.NothingMissing
            ? closed ? $"已截止 {Text.Date(phase.End)}，尚未完成" : $"進行中（{Text.Date(phase.End)} 截止）"
            : closed || counts.Done == counts.Population ? $"已完成（{Text.Date(phase.End)} 截止）" : $"進行中（{Text.Date(phase.End)} 截止）";
        var parts = new List<string>
        {
            $"{CompletionCounts.OnTimeLabel} {counts.OnTimeText}",
            $"{CompletionCounts.WithLateLabel} {counts.WithLateText}",
        };
        if (row.Late > 0) parts.Add($"逾期 {Text.Count(row.Late)} {word}");
        if (row.Missing > 0) parts.Add($"未完成 {Text.Count(row.Missing)} {word}");
        if (row.Exempt > 0) parts.Add($"免除 {Text.Count(row.Exempt)} {word}");
        var tone = !closed ? (counts.NothingMissing ? EntryTone.Done : EntryTone.Pending)
            : row.Missing > 0 || row.Late > 0 ? EntryTone.Attention : EntryTone.Done;
        return ($"{head}；{string.Join("，", parts)}", tone);
    }

    /// <summary>已辦理 111.09.14：教師研習（出席 45 人；佐證 …；王小明 111.09.20 14:00 登錄）</summary>
    internal static string Attested(Attestation a)
    {
        var details = new List<string>();
        if (a.AttendanceCount is { } n) details.Add($"出席 {Text.Count(n)} 人");
        if (!string.IsNullOrWhiteSpace(a.EvidenceUrl)) details.Add($"佐證 {a.EvidenceUrl}");
        details.Add($"{a.AttestedBy} {Text.Moment(a.AttestedAt)} 登錄");
        var note = string.IsNullOrWhiteSpace(a.Note) ? "" : "：" + a.Note.Trim();
        return $"已辦理 {Text.Date(a.DoneOn)}{note}（{string.Join("；", details)}）";
    }

    private static (string, EntryTone) NotAttested(Phase phase, DateTime asOf) =>
        asOf > phase.End
            ? ($"尚無紀錄（應於 {Text.Date(phase.End)} 前辦理）", EntryTone.Attention)
            : ($"尚無紀錄（{Text.Date(phase.End)} 前辦理）", EntryTone.NoRecord);

    private static IReadOnlyList<ChartImage> Charts(IMetrics data, Semester semester, DateTime asOf,
        IReadOnlyList<Phase> phases, IReadOnlyDictionary<string, CompletionRow> rows)
    {
        var charts = new List<ChartImage>();
        // Unit tasks and attested items are one thing each: the checklist says more about them than a bar would.
        var measured = phases.Where(p => p.Kind is not (PhaseKind.Attested or PhaseKind.UnitTask) && p.Start <= asOf
                                         && rows.TryGetValue(p.Id, out var r) && r.Population > 0)
            .OrderBy(p => p.End).ToList();
        if (measured.Count > 0)
        {
            var bars = measured.Select(p => new PhaseBar(Shorten(p.Title, 24), p.End, rows[p.Id].Complete, rows[p.Id].Late, rows[p.Id].Missing)).ToList();
            var plot = ReportCharts.PhaseCompletion("各階段完成情形（依截止日）", bars);
            charts.Add(new ChartImage("各階段準時完成、逾期完成與未完成的比例；標籤為準時完成數／應辦數。",
                ReportCharts.ToPng(plot, 1000, Math.Clamp(140 + 55 * bars.Count, 360, 700))));
        }

        var studentPhases = measured.Where(p => PhaseNames.IsStudentPhase(p.Kind)).ToList();
        if (studentPhases.Count > 0)
        {
            var labels = ColumnLabels(studentPhases);
            var column = studentPhases.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var cells = data.Completion(new CompletionQuery(semester, asOf, Breakdown.Class))
                .Where(r => r.ClassCode is not null && labels.ContainsKey(r.PhaseId))
                .OrderBy(r => column[r.PhaseId])
                .Select(r => new HeatmapCell(r.ClassCode!, labels[r.PhaseId], r.Complete, r.Population))
                .ToList();
            // One heatmap per grade: a 3,000-student school has ~90 classes, too many rows for one readable chart.
            var grades = data.Classes(semester).ToDictionary(c => c.ClassCode, c => c.Grade);
            foreach (var grade in cells.GroupBy(c => grades.GetValueOrDefault(c.Row)).OrderBy(g => g.Key ?? int.MaxValue))
            {
                var classes = grade.Select(c => c.Row).Distinct().Count();
                var title = grade.Key is { } g ? $"{GradeName(g)}各班準時完成率（%）" : "各班準時完成率（%）";
                var plot = ReportCharts.ClassHeatmap(title, grade.ToList());
                charts.Add(new ChartImage(title + "；空白表示該班不在該階段的應辦對象。",
                    ReportCharts.ToPng(plot, 1000, Math.Clamp(200 + 26 * classes, 420, 1300))));
            }
        }
        return charts;
    }

    private static string GradeName(int grade) => grade switch
    {
        10 => "十年級", 11 => "十一年級", 12 => "十二年級",
        _ => $"{grade} 年級",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Short, unique column names for phases: 「111-1 成果上傳」.</summary>
    internal static Dictionary<string, string> ColumnLabels(IReadOnlyList<Phase> phases)
    {
        var labels = new Dictionary<string, string>();
        var used = new HashSet<string>();
        foreach (var p in phases)
        {
            var name = PhaseNames.Short(p.Kind) + (p.Category is { Length: > 0 } c && p.Kind is PhaseKind.Selection or PhaseKind.ReceiptConfirmation ? $"（{c}）" : "");
            var label = $"{p.Semester} {name}";
            for (var i = 2; !used.Add(label); i++) label = $"{p.Semester} {name}{i}";
            labels[p.Id] = label;
        }
        return labels;
    }
}

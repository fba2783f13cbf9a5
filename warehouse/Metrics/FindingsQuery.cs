using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using static PortfolioAnalytics.Warehouse.Metrics.FindingKinds;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>The compliance findings of a semester as of a moment (kinds: <see cref="FindingKinds"/>).</summary>
internal sealed class FindingsQuery(CompletionMetrics metrics)
{
    public IReadOnlyList<FindingRow> Run(Semester semester, DateTime asOf)
    {
        var phases = metrics.Phases(semester);
        using var c = metrics.Connect();
        var findings = new List<FindingRow>();

        findings.AddRange(OverCaps(c, semester, asOf, phases));

        foreach (var phase in phases.Where(p => p.Kind == PhaseKind.Certification))
        {
            var p = metrics.Parameters(phase, asOf);
            var window = $"{RocDate.Format(phase.Start)} 至 {RocDate.Format(phase.End)}";
            findings.AddRange(SqlCommands.Query(c, Sql("CertificationOutsideWindow.sql"), p, r => new FindingRow(CertificationOutsideWindow,
                $"教師認證應於認證期間（{window}）內完成",
                $"{r.Text("teacher_staff_no")} {r.Text("teacher_name")}：{phase.Title} 有 {r.Long("n")} 件認證不在認證期間（{window}）內"
                + $"（提前 {r.Long("early")} 件、逾期 {r.Long("late")} 件；最早 {RocDate.Format(r.Moment("first_at")!.Value)}、最晚 {RocDate.Format(r.Moment("last_at")!.Value)}）"
                + "；請教學組向教師確認認證時間，並提醒於認證期間內完成認證",
                null, null, r.Text("teacher_staff_no"), phase.Id)));
        }

        findings.AddRange(OpenReceiptErrors(c, semester, asOf, phases));
        findings.AddRange(MissingCounseling(c, semester, asOf, phases));
        return findings;
    }

    private IEnumerable<FindingRow> OpenReceiptErrors(DuckDB.NET.Data.DuckDBConnection c, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        // Each receipt phase's errors matter near the submission deadline that follows it (or the phase's own end without one).
        var checks = phases.Where(p => p.Kind == PhaseKind.ReceiptConfirmation)
            .Select(r => (r.Semester, r.Category, PhaseId: (string?)r.Id, Deadline: (DateTime?)(phases
                .Where(u => u.Kind == PhaseKind.UnitTask && u.Category is not null and not "收訖明細" && u.Semester == r.Semester && u.End >= r.End)
                .Select(u => (DateTime?)u.End).Min() ?? r.End)))
            .ToList();
        if (checks.Count == 0) checks.Add((semester, null, null, null));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dataSemester, category, phaseId, deadline) in checks)
        {
            if (deadline is { } d && asOf < d.AddDays(-metrics.School.DueSoonDays)) continue;
            var p = Basic(dataSemester, asOf);
            p["category"] = category;
            var due = deadline is { } dl ? $"；提交期限 {RocDate.Format(dl)}" : "";
            foreach (var f in SqlCommands.Query(c, Sql("ReceiptErrorUnresolved.sql"), p, r => (Id: r.Text("receipt_id")!, Row: new FindingRow(
                         ReceiptErrorUnresolved,
                         "學生提報的收訖明細錯誤，應於提交期限前處理完成並重新提交",
                         $"{Who(r)}{dataSemester} {r.Text("category")} 收訖明細於 {RocDate.Format(r.Moment("error_reported_at")!.Value)} 提報錯誤「{r.Text("error_text")}」，尚未處理完成{due}"
                         + "；請註冊組更正資料並重新提交",
                         r.Text("student_no"), r.Text("class_code"), null, phaseId))))
                if (seen.Add(f.Id)) yield return f.Row;
        }
    }

    private IEnumerable<FindingRow> MissingCounseling(DuckDB.NET.Data.DuckDBConnection c, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var counseling = phases.Where(p => p.Kind == PhaseKind.Counseling && p.Semester == semester).ToList();
        var grades = counseling.SelectMany(p => p.Grades).Distinct().Order().ToList();
        var p = Basic(semester, asOf);
        var endOfSemester = semester.EndsOn.ToDateTime(new TimeOnly(23, 59, 59));
        p["pop_date"] = DateOnly.FromDateTime(asOf < endOfSemester ? asOf : endOfSemester);
        p["grades"] = grades.Count == 0 ? "10,11,12" : string.Join(",", grades);
        return SqlCommands.Query(c, Sql("NoCounseling.sql"), p, r => new FindingRow(NoCounseling,
            "每位學生每學期至少應有 1 筆課程諮詢紀錄",
            $"{Who(r)}{semester} 尚無課程諮詢紀錄；請課程諮詢教師於學期結束前完成諮詢並登錄紀錄",
            r.Text("student_no"), r.Text("class_code"), r.Text("tutor_staff_no"), counseling.FirstOrDefault()?.Id));
    }

    /// <summary>Students over any cap in force (<see cref="Caps.InForce"/>), one query over all caps.</summary>
    private IEnumerable<FindingRow> OverCaps(DuckDB.NET.Data.DuckDBConnection c, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var caps = metrics.School.Caps.InForce;
        var values = string.Join(", ", caps.Select((cap, i) => string.Create(CultureInfo.InvariantCulture,
            $"({i}, '{cap.ItemKey}', '{cap.PeriodKey}', {(cap.PerSubject ? "true" : "false")}, {cap.Max})")));
        var sql = Sql("OverCap.sql").Replace("{caps}", values, StringComparison.Ordinal);
        return SqlCommands.Query(c, sql, Basic(semester, asOf), r =>
        {
            var cap = caps[r.Int("cap_no")!.Value];
            var n = r.Long("n");
            var year = r.Int("academic_year");
            var period = year is { } y ? $"{y} 學年度" : semester.ToString();
            var subject = r.Text("subject") is { } s ? $" {s}" : "";
            var kind = cap.IsSelection ? SelectionOverCap : cap.PerSubject ? UploadOverSubjectCap : UploadOverCap;
            var todo = cap.IsSelection ? $"請導師提醒學生取消多勾選的 {n - cap.Max} 件" : $"請導師提醒學生刪除多上傳的 {n - cap.Max} 件";
            return new FindingRow(kind, cap.Rule,
                $"{Who(r)}{period}{subject} {cap.Verb}{cap.Noun} {n} 件，超過上限 {cap.Max} 件；{todo}",
                r.Text("student_no"), r.Text("class_code"), null, PhaseOf(cap, phases, semester, year)?.Id);
        });
    }

    /// <summary>The schedule's phase where the counted items (of the semester, or of the 學年) are uploaded or selected.</summary>
    private static Phase? PhaseOf(Cap cap, IReadOnlyList<Phase> phases, Semester semester, int? year) => phases
        .Where(p => year is { } y ? p.Semester.AcademicYear == y : p.Semester == semester)
        .FirstOrDefault(p => cap.Item switch
        {
            CapItem.ArtifactUploads => p.Kind == PhaseKind.ArtifactUpload,
            CapItem.AchievementUploads => p.Kind == PhaseKind.AchievementUpload,
            CapItem.ArtifactSelections => p.Kind == PhaseKind.Selection && p.Category is "課程學習成果" or null,
            _ => p.Kind == PhaseKind.Selection && p.Category is "多元表現" or null,
        });

    private Dictionary<string, object?> Basic(Semester semester, DateTime asOf) => new()
    {
        ["school"] = metrics.School.Code,
        ["asof"] = asOf,
        ["semester"] = semester.ToString(),
        ["academic_year"] = semester.AcademicYear,
        ["sem_start"] = semester.StartsOn.ToDateTime(TimeOnly.MinValue),
        ["sem_end"] = semester.EndsOn.ToDateTime(new TimeOnly(23, 59, 59)),
        ["category"] = null,
    };

    private static string Who(System.Data.Common.DbDataReader r)
    {
        var cls = r.Text("class_code");
        return $"{r.Text("student_no")} {r.Text("student_name")}{(cls is null ? "" : $"（{cls}）")}：";
    }

    private static string Sql(string name) => MetricsSql.Load("Findings/" + name)
        .Replace("{current_class}", MetricsSql.Load("Findings/_current_class.sql"), StringComparison.Ordinal)
        .Replace("{population}", MetricsSql.Population(), StringComparison.Ordinal);
}

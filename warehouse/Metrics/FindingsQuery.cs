using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using static PortfolioAnalytics.Warehouse.Metrics.FindingKinds;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>The compliance findings of a semester as of a moment (kinds listed on <see cref="FindingRow"/>).</summary>
internal sealed class FindingsQuery(CompletionMetrics metrics)
{
    public IReadOnlyList<FindingRow> Run(Semester semester, DateTime asOf)
    {
        var phases = metrics.Phases(semester);
        using var c = metrics.Connect();
        var findings = new List<FindingRow>();
        var basic = Basic(semester, asOf);

        findings.AddRange(SqlCommands.Query(c, Sql("SelectionOverCap.sql"), basic, r => new FindingRow(SelectionOverCap,
            $"{Who(r)}{r.Int("academic_year")} 學年度 {(r.Text("kind") == "artifact" ? "課程學習成果" : "多元表現")} 勾選 {r.Long("n")} 件，超過上限 {r.Long("cap")} 件",
            r.Text("student_no"), r.Text("class_code"), null)));

        if (metrics.School.Caps.UploadsPerSubjectPerSemester is { } subjectCap)
        {
            var p = new Dictionary<string, object?>(basic) { ["cap_subject"] = subjectCap };
            findings.AddRange(SqlCommands.Query(c, Sql("UploadOverSubjectCap.sql"), p, r => new FindingRow(UploadOverSubjectCap,
                $"{Who(r)}{semester} {r.Text("subject_name")} 上傳課程學習成果 {r.Long("n")} 件，超過每科每學期上限 {subjectCap} 件",
                r.Text("student_no"), r.Text("class_code"), null)));
        }

        foreach (var phase in phases.Where(p => p.Kind == PhaseKind.Certification))
        {
            var p = metrics.Parameters(phase, asOf);
            var window = $"{RocDate.Format(phase.Start)} 至 {RocDate.Format(phase.End)}";
            findings.AddRange(SqlCommands.Query(c, Sql("CertificationOutsideWindow.sql"), p, r => new FindingRow(CertificationOutsideWindow,
                $"{r.Text("teacher_staff_no")} {r.Text("teacher_name")}：{phase.Title} 有 {r.Long("n")} 件認證不在認證期間（{window}）內"
                + $"（提前 {r.Long("early")} 件、逾期 {r.Long("late")} 件；最早 {RocDate.Format(r.Moment("first_at")!.Value)}、最晚 {RocDate.Format(r.Moment("last_at")!.Value)}）",
                null, null, r.Text("teacher_staff_no"))));
        }

        findings.AddRange(OpenReceiptErrors(c, semester, asOf, phases));
        findings.AddRange(MissingCounseling(c, semester, asOf, phases));
        return findings;
    }

    private IEnumerable<FindingRow> OpenReceiptErrors(DuckDB.NET.Data.DuckDBConnection c, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        // Each receipt phase's errors matter near the submission deadline that follows it (or the phase's own end without one).
        var checks = phases.Where(p => p.Kind == PhaseKind.ReceiptConfirmation)
            .Select(r => (r.Semester, r.Category, Deadline: (DateTime?)(phases
                .Where(u => u.Kind == PhaseKind.UnitTask && u.Category is not null and not "收訖明細" && u.Semester == r.Semester && u.End >= r.End)
                .Select(u => (DateTime?)u.End).Min() ?? r.End)))
            .ToList();
        if (checks.Count == 0) checks.Add((semester, null, null));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dataSemester, category, deadline) in checks)
        {
            if (deadline is { } d && asOf < d.AddDays(-metrics.School.DueSoonDays)) continue;
            var p = Basic(dataSemester, asOf);
            p["category"] = category;
            var due = deadline is { } dl ? $"；提交期限 {RocDate.Format(dl)}" : "";
            foreach (var f in SqlCommands.Query(c, Sql("ReceiptErrorUnresolved.sql"), p, r => (Id: r.Text("receipt_id")!, Row: new FindingRow(
                         ReceiptErrorUnresolved,
                         $"{Who(r)}{dataSemester} {r.Text("category")} 收訖明細於 {RocDate.Format(r.Moment("error_reported_at")!.Value)} 提報錯誤「{r.Text("error_text")}」，尚未處理完成{due}",
                         r.Text("student_no"), r.Text("class_code"), null))))
                if (seen.Add(f.Id)) yield return f.Row;
        }
    }

    private IEnumerable<FindingRow> MissingCounseling(DuckDB.NET.Data.DuckDBConnection c, Semester semester, DateTime asOf, IReadOnlyList<Phase> phases)
    {
        var grades = phases.Where(p => p.Kind == PhaseKind.Counseling && p.Semester == semester).SelectMany(p => p.Grades).Distinct().Order().ToList();
        var p = Basic(semester, asOf);
        var endOfSemester = semester.EndsOn.ToDateTime(new TimeOnly(23, 59, 59));
        p["pop_date"] = DateOnly.FromDateTime(asOf < endOfSemester ? asOf : endOfSemester);
        p["grades"] = grades.Count == 0 ? "10,11,12" : string.Join(",", grades);
        return SqlCommands.Query(c, Sql("NoCounseling.sql"), p, r => new FindingRow(NoCounseling,
            $"{Who(r)}{semester} 尚無課程諮詢紀錄", r.Text("student_no"), r.Text("class_code"), r.Text("tutor_staff_no")));
    }

    private Dictionary<string, object?> Basic(Semester semester, DateTime asOf) => new()
    {
        ["school"] = metrics.School.Code,
        ["asof"] = asOf,
        ["semester"] = semester.ToString(),
        ["academic_year"] = semester.AcademicYear,
        ["sem_start"] = semester.StartsOn.ToDateTime(TimeOnly.MinValue),
        ["sem_end"] = semester.EndsOn.ToDateTime(new TimeOnly(23, 59, 59)),
        ["cap_artifact"] = metrics.School.Caps.ArtifactSelectionsPerYear,
        ["cap_achievement"] = metrics.School.Caps.AchievementSelectionsPerYear,
        ["category"] = null,
    };

    private static string Who(System.Data.Common.DbDataReader r)
    {
        var cls = r.Text("class_code");
        return $"{r.Text("student_no")} {r.Text("student_name")}{(cls is null ? "" : $"（{cls}）")}：";
    }

    private static string Sql(string name) => MetricsSql.Load("Findings/" + name)
        .Replace("{current_class}", MetricsSql.Load("Findings/_current_class.sql"), StringComparison.Ordinal)
        .Replace("{population}", MetricsSql.Load("Kinds/_population.sql"), StringComparison.Ordinal);
}

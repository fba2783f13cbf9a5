using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Tests.Fixtures;

/// <summary>
/// Fixed numbers for the small school: one status per (student, phase); every aggregate is summed from those rows, so
/// drill-downs and totals agree the way CompletionMetrics promises. Names and memberships (who is in a 導師's class on
/// a day) come from the real metrics over the small school's warehouse (<see cref="Roster"/>).
/// </summary>
public sealed class FixedMetrics : IMetrics
{
    /// <summary>The real metrics over the small school, for rosters and scopes; set when the host starts.</summary>
    public IMetrics? Roster { get; set; }

    private IMetrics Real => Roster ?? throw new InvalidOperationException("FixedMetrics.Roster is not set");

    public Warehouse.Schools.SchoolConfig School => Real.School;

    public static readonly Semester Sem = new(111, 1);
    public static readonly DateTime Today = new(2022, 12, 15, 10, 0, 0);

    public static readonly Phase Upload = new("111-1.artifact-upload", PhaseKind.ArtifactUpload, "學生上傳課程學習成果", Sem,
        new DateTime(2022, 11, 1), new DateTime(2022, 12, 10, 23, 59, 59), [10, 11], ["教學組", "導師"]);
    public static readonly Phase Certify = new("111-1.certification", PhaseKind.Certification, "教師認證", Sem,
        new DateTime(2022, 12, 11), new DateTime(2022, 12, 20, 23, 59, 59), [10, 11], ["任課教師"], UploadPhaseId: Upload.Id);
    public static readonly Phase Training = new("111-1.training", PhaseKind.Attested, "教師增能研習", Sem,
        new DateTime(2022, 9, 1), new DateTime(2022, 10, 31, 23, 59, 59), [], ["教學組"]);

    private static readonly (string No, string Name, string Id, int Grade, string Class, string Tutor, string TutorName)[] People =
    [
        ("S001", "甲生", "A1******89", 10, "101", "T101", "王導師"),
        ("S002", "乙生", "B2******80", 10, "101", "T101", "王導師"),
        ("S003", "丙生", "C1******81", 10, "102", "T102", "李導師"),
        ("S004", "丁生", "D2******82", 10, "102", "T102", "李導師"),
        ("S005", "戊生", "E1******83", 11, "201", "T201", "陳導師"),
    ];

    private readonly List<Attestation> _attestations = [];

    public List<StudentPhaseRow> Rows { get; } = [];

    public FixedMetrics()
    {
        PhaseStatus[] upload = [PhaseStatus.OnTime, PhaseStatus.Late, PhaseStatus.OnTime, PhaseStatus.Overdue, PhaseStatus.Overdue];
        PhaseStatus[] certify = [PhaseStatus.OnTime, PhaseStatus.InProgress, PhaseStatus.DueSoon, PhaseStatus.DueSoon, PhaseStatus.DueSoon];
        for (var i = 0; i < People.Length; i++)
        {
            Rows.Add(Row(Upload, People[i], upload[i], upload[i] == PhaseStatus.OnTime ? new DateTime(2022, 11, 20 + i) : upload[i] == PhaseStatus.Late ? new DateTime(2022, 12, 12) : null,
                "111-1 課程學習成果 尚未上傳（至少 1 件）"));
            Rows.Add(Row(Certify, People[i], certify[i], certify[i] == PhaseStatus.OnTime ? new DateTime(2022, 12, 13) : null, "課程學習成果 待教師認證"));
        }
    }

    private static StudentPhaseRow Row(Phase p, (string No, string Name, string Id, int Grade, string Class, string Tutor, string TutorName) s,
        PhaseStatus status, DateTime? doneAt, string missing) =>
        new(p.Id, p.Title, p.End, s.No, s.Name, s.Id, s.Grade, s.Class, 1, s.Tutor, s.TutorName, status, doneAt,
            status is PhaseStatus.OnTime or PhaseStatus.Late ? "" : missing,
            ItemId: p.Kind == PhaseKind.Certification ? "ART-" + s.No : null,
            TeacherStaffNo: p.Kind == PhaseKind.Certification ? (s.Class == "101" ? "T900" : "T901") : null);

    public IReadOnlyList<Phase> Phases(Semester semester) => semester == Sem ? [Upload, Certify, Training] : [];

    public IReadOnlyList<CompletionRow> Completion(CompletionQuery q) =>
        Filter(q).GroupBy(r => q.By switch
            {
                Breakdown.Grade => (r.PhaseId, r.PhaseTitle, r.Grade.ToString(CultureInfo.InvariantCulture), ""),
                Breakdown.Class => (r.PhaseId, r.PhaseTitle, r.Grade.ToString(CultureInfo.InvariantCulture), r.ClassCode),
                Breakdown.Tutor => (r.PhaseId, r.PhaseTitle, r.TutorStaffNo ?? "", ""),
                Breakdown.Student => (r.PhaseId, r.PhaseTitle, r.StudentNo, ""),
                _ => (r.PhaseId, r.PhaseTitle, "", ""),
            })
            .Select(g =>
            {
                var f = g.First();
                return new CompletionRow(g.Key.PhaseId, g.Key.PhaseTitle,
                    q.By is Breakdown.Grade or Breakdown.Class ? f.Grade : null,
                    q.By == Breakdown.Class ? f.ClassCode : null,
                    q.By == Breakdown.Tutor ? f.TutorStaffNo : null, q.By == Breakdown.Tutor ? f.TutorName : null,
                    null, null,
                    q.By == Breakdown.Student ? f.StudentNo : null, q.By == Breakdown.Student ? f.StudentName : null,
                    g.Count(), g.Count(r => r.Status == PhaseStatus.OnTime), g.Count(r => r.Status == PhaseStatus.Late),
                    g.Count(r => r.Status is not (PhaseStatus.OnTime or PhaseStatus.Late or PhaseStatus.Exempt)), 0);
            }).ToList();

    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery q) => Filter(q).ToList();

    /// <summary>Each phase's rows done by the end of each day from its start to the as-of day (the last day holds all).</summary>
    public IReadOnlyList<ProgressPoint> Progress(CompletionQuery q) =>
        Phases(q.Semester).Where(p => q.PhaseId is null || p.Id == q.PhaseId).SelectMany(p =>
        {
            var rows = Filter(q with { PhaseId = p.Id }).ToList();
            var days = q.AsOf.Date < p.Start.Date ? 0 : (q.AsOf.Date - p.Start.Date).Days + 1;
            return Enumerable.Range(0, days).Select(d => p.Start.Date.AddDays(d)).Select(day =>
            {
                bool By(StudentPhaseRow r) => day == q.AsOf.Date || r.DoneAt < day.AddDays(1);
                return new ProgressPoint(p.Id, day, rows.Count(r => r.Status == PhaseStatus.OnTime && By(r)),
                    rows.Count(r => r.Status == PhaseStatus.Late && By(r)), rows.Count(r => r.Status != PhaseStatus.Exempt));
            });
        }).ToList();

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery q) =>
        Filter(q with { PhaseId = null }).Where(r => r.Status == PhaseStatus.Overdue || r.Status == PhaseStatus.DueSoon)
            .GroupBy(r => r.StudentNo)
            .Select(g =>
            {
                var f = g.First();
                var overdue = g.Count(r => r.Status == PhaseStatus.Overdue);
                return new StudentRiskRow(f.StudentNo, f.StudentName, f.Grade, f.ClassCode, f.TutorStaffNo, f.TutorName,
                    overdue >= 1 ? RiskLevel.Warning : RiskLevel.Reminder, g.ToList())
                {
                    Reasons = overdue >= 1 ? [$"警示：逾期未完成 {overdue} 個階段（規則：1 個以上）"] : ["提醒：有即將截止的階段"],
                };
            }).ToList();

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(CompletionQuery q) =>
        new TeacherCertificationRow[]
        {
            new(Certify.Id, Certify.Title, "T900", "林老師", "數學科", 2, 1, 0, 1, 0, 1.0, 13),
            new(Certify.Id, Certify.Title, "T901", "張老師", "國文科", 3, 0, 0, 3, 0, null, 12),
        }.Where(r => (q.PhaseId is null || r.PhaseId == q.PhaseId) && (q.TeacherStaffNo is null || r.TeacherStaffNo == q.TeacherStaffNo)).ToList();

    public IReadOnlyList<FindingRow> Findings(Semester semester, DateTime asOf) => Real.Findings(semester, asOf);

    public IReadOnlyList<Semester> Semesters() => Real.Semesters();

    public IReadOnlyList<ClassRow> Classes(Semester semester) => Real.Classes(semester);

    public IReadOnlyList<TutorContact> Tutors(Semester semester) => Real.Tutors(semester);

    public IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf) => Real.Counselors(semester, deadline, asOf);

    public IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos) => Real.GuardianNames(studentNos);

    public IReadOnlyList<string> UnitStaff(string unit) => Real.UnitStaff(unit);

    public TutorScope TutorScope(string staffNo, Semester semester, DateOnly day) => Real.TutorScope(staffNo, semester, day);

    public IReadOnlyList<Attestation> Attestations(Semester semester)
    {
        lock (_attestations) return _attestations.ToList();
    }

    public void Attest(Attestation attestation)
    {
        lock (_attestations) _attestations.Add(attestation);
    }

    public List<string> Frozen { get; } = [];

    public bool Freeze(Phase phase, DateTime moment)
    {
        lock (Frozen)
        {
            if (moment < phase.End || Frozen.Contains(phase.Id)) return false;
            Frozen.Add(phase.Id);
            return true;
        }
    }

    private IEnumerable<StudentPhaseRow> Filter(CompletionQuery q) => Rows.Where(r =>
        (q.PhaseId is null || r.PhaseId == q.PhaseId) && (q.Grade is null || r.Grade == q.Grade) &&
        (q.ClassCode is null || r.ClassCode == q.ClassCode) &&
        (q.TutorStaffNo is null || TutorScope(q.TutorStaffNo, Sem, DateOnly.FromDateTime(q.AsOf)).Students.Contains(r.StudentNo)) &&
        (q.TeacherStaffNo is null || (q.TeacherStaffNo == "T900" ? r.ClassCode == "101" : q.TeacherStaffNo == "T901" && r.ClassCode == "102")));
}

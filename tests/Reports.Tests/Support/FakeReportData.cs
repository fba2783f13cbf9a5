using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Reports.Tests.Support;

/// <summary>Hand-made answers in the metrics' shapes, for tests that check layout and wording, not the SQL.</summary>
internal sealed class FakeReportData : IMetrics
{
    public static readonly Semester S111_1 = new(111, 1);

    public SchoolConfig School { get; init; } = new() { Code = "413301", Name = "臺北市私立靜心高級中學" };
    public List<Phase> PhaseList { get; } = [];
    public List<CompletionRow> Rows { get; } = [];
    public List<StudentRiskRow> RiskRows { get; } = [];
    public List<TeacherCertificationRow> Teachers { get; } = [];
    public List<Attestation> AttestationList { get; } = [];
    public List<CounselorRow> CounselorRows { get; } = [];
    public Dictionary<string, string> Guardians { get; } = [];
    public Dictionary<string, List<string>> Staff { get; } = [];

    public IReadOnlyList<Phase> Phases(Semester semester) => semester == S111_1 ? PhaseList : [];

    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) => Rows
        .Where(r => query.PhaseId is null || r.PhaseId == query.PhaseId)
        .Where(r => query.By switch
        {
            Breakdown.Phase => r.ClassCode is null && r.TutorStaffNo is null && r.TeacherStaffNo is null,
            Breakdown.Class => r.ClassCode is not null && r.TutorStaffNo is null,
            Breakdown.Tutor => r.TutorStaffNo is not null,
            _ => false,
        })
        .ToList();

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) => RiskRows;
    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(CompletionQuery query) => Teachers;
    public IReadOnlyList<StudentPhaseRow> Students(CompletionQuery query) => RiskRows.SelectMany(r => r.Lagging).ToList();
    public IReadOnlyList<FindingRow> Findings(Semester semester, DateTime asOf) => [];
    public IReadOnlyList<ProgressPoint> Progress(CompletionQuery query) => [];
    public IReadOnlyList<TutorContact> Tutors(Semester semester) => [];
    public IReadOnlyList<Semester> Semesters() => [S111_1];
    public TutorScope TutorScope(string staffNo, Semester semester, DateOnly day) => new(new HashSet<string>(), new HashSet<string>());
    public void Attest(Attestation attestation) => AttestationList.Add(attestation);
    public bool Freeze(Phase phase, DateTime moment) => false;
    public IReadOnlyList<Attestation> Attestations(Semester semester) => AttestationList;
    public IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf) => CounselorRows;

    public IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos) =>
        Guardians.Where(g => studentNos.Contains(g.Key)).ToDictionary();

    public IReadOnlyList<ClassRow> Classes(Semester semester) => Rows.Where(r => r.ClassCode is not null)
        .GroupBy(r => r.ClassCode!)
        .Select(g => new ClassRow(g.Key, g.Key[0] switch { '1' => 10, '2' => 11, _ => 12 }, g.Select(r => r.TutorStaffNo).FirstOrDefault(t => t is not null)))
        .ToList();

    public IReadOnlyList<string> UnitStaff(string unit) => Staff.GetValueOrDefault(unit) ?? [];

    public static CompletionRow Row(string phaseId, long population, long complete, long late, long missing,
        string? classCode = null, string? tutorNo = null, string? tutorName = null) =>
        new(phaseId, phaseId, null, classCode, tutorNo, tutorName, null, null, null, null, population, complete, late, missing, 0);

    /// <summary>
    /// A 111-1 as of 112.02.20 in the seed's shape: the brief's example numbers for the grade 10–11 upload, a
    /// certification, an attested training, a unit submission, three lagging students, three teachers, one counselor.
    /// </summary>
    public static FakeReportData Semester111_1()
    {
        var data = new FakeReportData
        {
            School = new SchoolConfig
            {
                Code = "413301",
                Name = "臺北市私立靜心高級中學",
                Units =
                [
                    new Unit("註冊組", "日間部", ["建置與管理學生學習歷程檔案平臺", "上傳、提交學生成績資料"]),
                    new Unit("實研組", "日間部", ["辦理行政及教師研習"]),
                ],
                Members =
                [
                    new GroupMember("林校長", "召集人", "校長室"),
                    new GroupMember("陳主任", "執行秘書", "教務處"),
                    new GroupMember("黃組長", "委員", "註冊組"),
                ],
                Checklist = SeedChecklist.SchoolRows(111),
                AwardThresholds =
                [
                    new AwardThreshold("teacher", 0.95m, "嘉獎二次"),
                    new AwardThreshold("teacher", 0.80m, "嘉獎一次"),
                    new AwardThreshold("tutor", 0.95m, "嘉獎一次"),
                    new AwardThreshold("unit", 1.0m, "嘉獎二次"),
                    new AwardThreshold("counselor", 0.9m, "嘉獎一次"),
                ],
            },
        };
        var s = S111_1;
        Phase P(string id, PhaseKind kind, string title, DateTime start, DateTime end, int[] grades, string unit, ChecklistRef? c) =>
            new(id, kind, title, s, start, end, grades, [unit], Checklist: c);
        data.PhaseList.AddRange(
        [
            P("111-1.upload.g10-11", PhaseKind.ArtifactUpload, "十、十一年級上傳 111-1 課程學習成果",
                new(2023, 1, 1), new(2023, 2, 3, 23, 59, 59), [10, 11], "教學組", new(SeedChecklist.Lower, 4, 4)),
            P("111-1.certify.g10-11", PhaseKind.Certification, "教師進行 111-1 課程學習成果認證",
                new(2023, 2, 3), new(2023, 2, 8, 23, 59, 59), [10, 11], "教學組", new(SeedChecklist.Lower, 4, 5)),
            P("111-1.upload.g12", PhaseKind.ArtifactUpload, "十二年級上傳 111-1 課程學習成果",
                new(2023, 1, 1), new(2023, 4, 7, 23, 59, 59), [12], "教學組", new(SeedChecklist.Upper, 4, 4)),
            P("111-1.training.teachers", PhaseKind.Attested, "教師操作教育訓練及宣導",
                new(2022, 9, 1), new(2022, 9, 30, 23, 59, 59), [], "實研組", new(SeedChecklist.Lower, 3, 2)),
            P("111-1.submit.basic", PhaseKind.UnitTask, "提交學生基本資料",
                new(2022, 10, 1), new(2022, 10, 15, 23, 59, 59), [], "註冊組", new(SeedChecklist.Lower, 5, 1)),
        ]);
        data.Rows.AddRange(
        [
            Row("111-1.upload.g10-11", 1331, 1302, 12, 17),
            Row("111-1.certify.g10-11", 5210, 5003, 150, 57),
            Row("111-1.upload.g12", 640, 402, 0, 238),
            Row("111-1.submit.basic", 1, 1, 0, 0),
            Row("111-1.training.teachers", 1, 1, 0, 0),
            Row("111-1.upload.g10-11", 40, 38, 1, 1, classCode: "101"),
            Row("111-1.upload.g10-11", 41, 35, 2, 4, classCode: "102"),
            Row("111-1.upload.g12", 39, 20, 0, 19, classCode: "301"),
            Row("111-1.upload.g10-11", 40, 38, 1, 1, classCode: "101", tutorNo: "T101", tutorName: "張導師"),
            Row("111-1.upload.g10-11", 41, 35, 2, 4, classCode: "102", tutorNo: "T102", tutorName: "李導師"),
        ]);
        data.AttestationList.Add(new Attestation("111-1.training.teachers", new DateOnly(2022, 9, 14), "教師學習歷程系統操作研習",
            85, "https://example.edu.tw/training/2022-09-14", "王大明", new DateTime(2022, 9, 20, 14, 5, 0)));
        data.Teachers.AddRange(
        [
            new TeacherCertificationRow("111-1.certify.g10-11", "教師進行 111-1 課程學習成果認證", "T201", "吳老師", "國文科", 200, 198, 2, 0, 0, 1.5, null),
            new TeacherCertificationRow("111-1.certify.g10-11", "教師進行 111-1 課程學習成果認證", "T202", "周老師", "數學科", 180, 150, 20, 10, 0, 4.0, 12),
            new TeacherCertificationRow("111-1.certify.g10-11", "教師進行 111-1 課程學習成果認證", "T203", "鄭老師", "英文科", 120, 90, 0, 30, 0, 6.5, 20),
        ]);
        data.CounselorRows.Add(new CounselorRow("T301", "蔡課諮師", 310, 290, 300));
        StudentPhaseRow Lag(string no, string name, string cls, int seat, string tutor, string phaseId, string title, string missing, DateTime due) =>
            new(phaseId, title, due, no, name, "A1******89", cls[0] == '3' ? 12 : 10, cls, seat, null, tutor, PhaseStatus.Overdue, null, missing);
        data.RiskRows.AddRange(
        [
            new StudentRiskRow("1110101", "王小明", 10, "101", "T101", "張導師", RiskLevel.Warning,
            [
                Lag("1110101", "王小明", "101", 1, "張導師", "111-1.upload.g10-11", "十、十一年級上傳 111-1 課程學習成果",
                    "111-1 課程學習成果 尚未上傳（至少 1 件）", new(2023, 2, 3, 23, 59, 59)),
                Lag("1110101", "王小明", "101", 1, "張導師", "111-1.achievement", "上傳 111 多元表現",
                    "111 多元表現 尚未上傳（至少 1 件）", new(2023, 2, 3, 23, 59, 59)),
            ]),
            new StudentRiskRow("1110205", "陳小華", 10, "102", "T102", "李導師", RiskLevel.Reminder,
            [
                Lag("1110205", "陳小華", "102", 5, "李導師", "111-1.upload.g10-11", "十、十一年級上傳 111-1 課程學習成果",
                    "111-1 課程學習成果 尚未上傳（至少 1 件）", new(2023, 2, 3, 23, 59, 59)),
            ]),
            new StudentRiskRow("1090112", "林大同", 12, "301", "T301", "劉導師", RiskLevel.Reminder,
            [
                Lag("1090112", "林大同", "301", 12, "劉導師", "111-1.upload.g12", "十二年級上傳 111-1 課程學習成果",
                    "111-1 課程學習成果 尚未上傳（至少 1 件）", new(2023, 4, 7, 23, 59, 59)),
            ]),
        ]);
        data.Guardians["1110101"] = "王大華";
        return data;
    }
}

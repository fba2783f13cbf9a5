using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Warehouse.Tests.Metrics;

/// <summary>
/// A hand-built small warehouse for 111-1 (rows inserted straight into the core tables) and hand-made phases.
///   101 (grade 10, 導師 T10): S01 uploads on time; S02 uploads one minute after the deadline; S03 never uploads.
///   102 (grade 10, 導師 T11): S04 transfers in on 112.01.15 (mid-window) and uploads on 112.01.20;
///                            S05 uploads on 112.01.05 and suspends (休學) on 112.01.20, before the deadline.
///   201 (grade 11, 導師 T20): S06 uploads on time (two artifacts, one certified before the window opened).
/// Courses: K1 國文 (C1, 101), K2 數學 (C2, 102), K3 數學 (C2, 201).
/// </summary>
public sealed class MetricsScenario : IDisposable
{
    public const string School = "T01";
    public static readonly Semester S1111 = new(111, 1);

    public static readonly DateTime UploadStart = new(2023, 1, 1, 0, 0, 0);
    public static readonly DateTime UploadEnd = new(2023, 2, 3, 23, 59, 59);

    public static readonly Phase Upload = new("111-1.artifact-upload", PhaseKind.ArtifactUpload, "學生上傳 111-1 課程學習成果",
        S1111, UploadStart, UploadEnd, [10, 11], ["教學組"]);
    public static readonly Phase Achievement = new("111-1.achievement-upload", PhaseKind.AchievementUpload, "學生上傳 111 多元表現",
        S1111, UploadStart, UploadEnd, [10, 11], ["訓育組"]);
    public static readonly Phase Certification = new("111-1.certification", PhaseKind.Certification, "教師認證 111-1 課程學習成果",
        S1111, new(2023, 2, 4, 0, 0, 0), new(2023, 2, 8, 23, 59, 59), [10, 11], ["教學組"], UploadPhaseId: Upload.Id);
    public static readonly Phase Counseling = new("111-1.counseling", PhaseKind.Counseling, "課程諮詢",
        S1111, new(2022, 9, 1, 0, 0, 0), new(2023, 1, 31, 23, 59, 59), [10], ["輔導中心"]);
    public static readonly Phase Receipt = new("111-1.receipt", PhaseKind.ReceiptConfirmation, "確認 111-1 收訖明細",
        S1111, new(2023, 2, 10, 0, 0, 0), new(2023, 2, 14, 23, 59, 59), [10], ["註冊組"], Category: "課程學習成果");
    public static readonly Phase Submit = new("111-1.submit-artifacts", PhaseKind.UnitTask, "提交 111-1 課程學習成果",
        S1111, new(2023, 2, 15, 0, 0, 0), new(2023, 2, 20, 23, 59, 59), [], ["註冊組"], Category: "課程學習成果");
    public static readonly Phase Selection = new("111-1.selection", PhaseKind.Selection, "學生勾選 111 課程學習成果",
        S1111, new(2023, 4, 11, 0, 0, 0), new(2023, 4, 14, 23, 59, 59), [10], ["教學組"], Category: "課程學習成果");
    public static readonly Phase Training = new("111-1.training-teachers", PhaseKind.Attested, "教師操作教育訓練及宣導",
        S1111, new(2022, 9, 1, 0, 0, 0), new(2022, 9, 30, 23, 59, 59), [], ["實研組"]);

    public static IReadOnlyList<Phase> AllPhases { get; } =
        [Training, Counseling, Upload, Achievement, Certification, Receipt, Submit, Selection];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pa-metrics-");

    public WarehouseDb Db { get; }
    public SchoolConfig Config { get; }
    public CompletionMetrics Metrics { get; }

    public MetricsScenario(SchoolConfig? config = null, IReadOnlyList<Phase>? phases = null)
    {
        Db = WarehouseDb.Open(Path.Combine(_dir.FullName, "w.duckdb"));
        Config = config ?? new SchoolConfig { Code = School, Name = "測試高中" };
        var list = phases ?? AllPhases;
        Metrics = new CompletionMetrics(Db, Config, s => s == S1111 ? list : []);
        Seed();
    }

    public static DateTime At(string iso) => DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public void Exec(string sql)
    {
        using var c = Db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>The latest export the scenario's data comes from (a freeze needs one taken after the deadline).</summary>
    public static readonly DateTime ExportedAt = new(2023, 2, 21, 6, 0, 0);

    private void Seed() => Exec($"""
        INSERT INTO etl_load (load_id, school_code, source, exported_at, started_at, finished_at, status) VALUES
          (1, '{School}', 'test', TIMESTAMP '{ExportedAt:yyyy-MM-dd HH:mm:ss}', TIMESTAMP '2023-02-21 07:00:00', TIMESTAMP '2023-02-21 07:01:00', 'succeeded');
        INSERT INTO staff (school_code, staff_no, name, office, section, title) VALUES
          ('{School}', 'T10', '王導師', '教務處', NULL, '教師'), ('{School}', 'T11', '李導師', '教務處', NULL, '教師'),
          ('{School}', 'T20', '張導師', '教務處', NULL, '教師'),
          ('{School}', 'C1', '陳國文', '教務處', '教學組', '教師'), ('{School}', 'C2', '林數學', '教務處', NULL, '教師');
        INSERT INTO school_class (school_code, semester, class_code, grade, division, name, tutor_staff_no) VALUES
          ('{School}', '111-1', '101', 10, '日間部', '高一忠', 'T10'), ('{School}', '111-1', '102', 10, '日間部', '高一孝', 'T11'),
          ('{School}', '111-1', '201', 11, '日間部', '高二忠', 'T20');
        INSERT INTO student (school_code, student_no, national_id, name, division, status) VALUES
          ('{School}', 'S01', 'A123456789', '甲生', '日間部', '在學'), ('{School}', 'S02', 'B123456780', '乙生', '日間部', '在學'),
          ('{School}', 'S03', 'C123456781', '丙生', '日間部', '在學'), ('{School}', 'S04', 'D123456782', '丁生', '日間部', '在學'),
          ('{School}', 'S05', 'E123456783', '戊生', '日間部', '休學'), ('{School}', 'S06', 'F123456784', '己生', '日間部', '在學');
        INSERT INTO student_enrolment VALUES
          ('{School}', 'S01', '111-1', '101', 10, 1, '在學', DATE '2022-08-01', NULL),
          ('{School}', 'S02', '111-1', '101', 10, 2, '在學', DATE '2022-08-01', NULL),
          ('{School}', 'S03', '111-1', '101', 10, 3, '在學', DATE '2022-08-01', NULL),
          ('{School}', 'S04', '111-1', '102', 10, 9, '在學', DATE '2023-01-15', NULL),
          ('{School}', 'S05', '111-1', '102', 10, 5, '在學', DATE '2022-08-01', DATE '2023-01-19'),
          ('{School}', 'S05', '111-1', '102', 10, 5, '休學', DATE '2023-01-20', NULL),
          ('{School}', 'S06', '111-1', '201', 11, 1, '在學', DATE '2022-08-01', NULL);
        INSERT INTO course (school_code, semester, course_id, course_code, subject_name, credits, grade, teacher_staff_no, class_code) VALUES
          ('{School}', '111-1', 'K1', 'X', '國語文', 4, 10, 'C1', '101'),
          ('{School}', '111-1', 'K2', 'X', '數學', 4, 10, 'C2', '102'),
          ('{School}', '111-1', 'K3', 'X', '數學', 4, 11, 'C2', '201');
        INSERT INTO course_artifact (school_code, artifact_id, student_no, semester, course_id, uploaded_at, file_type, file_size_bytes) VALUES
          ('{School}', 'A1', 'S01', '111-1', 'K1', TIMESTAMP '2023-01-10 10:00:00', 'pdf', 1000),
          ('{School}', 'A7', 'S01', '111-1', 'K1', TIMESTAMP '2023-01-11 10:00:00', 'pdf', 1000),
          ('{School}', 'A2', 'S02', '111-1', 'K1', TIMESTAMP '2023-02-04 00:00:59', 'pdf', 1000),
          ('{School}', 'A3', 'S04', '111-1', 'K2', TIMESTAMP '2023-01-20 10:00:00', 'pdf', 1000),
          ('{School}', 'A5', 'S05', '111-1', 'K2', TIMESTAMP '2023-01-05 10:00:00', 'pdf', 1000),
          ('{School}', 'A4', 'S06', '111-1', 'K3', TIMESTAMP '2023-01-05 10:00:00', 'pdf', 1000),
          ('{School}', 'A6', 'S06', '111-1', 'K1', TIMESTAMP '2023-01-06 10:00:00', 'pdf', 1000);
        INSERT INTO certification (school_code, artifact_id, decided_at, result, reason, certified_by) VALUES
          ('{School}', 'A1', TIMESTAMP '2023-02-05 10:00:00', '通過', NULL, 'C1'),
          ('{School}', 'A2', TIMESTAMP '2023-02-06 10:00:00', '通過', NULL, 'C1'),
          ('{School}', 'A3', TIMESTAMP '2023-02-10 10:00:00', '通過', NULL, 'C2'),
          ('{School}', 'A5', TIMESTAMP '2023-02-07 10:00:00', '未通過', '非本課程成果', 'C2'),
          ('{School}', 'A6', TIMESTAMP '2023-01-08 10:00:00', '通過', NULL, 'C1');
        INSERT INTO achievement (school_code, achievement_id, student_no, academic_year, category, title, uploaded_at) VALUES
          ('{School}', 'P1', 'S01', 111, '競賽參與', '科展', TIMESTAMP '2023-01-12 20:00:00'),
          ('{School}', 'P2', 'S02', 111, '服務學習', '淨灘', TIMESTAMP '2023-01-13 20:00:00');
        INSERT INTO counseling_record (school_code, record_id, student_no, semester, counselor_staff_no, held_on, mode, entered_at) VALUES
          ('{School}', 'K01', 'S01', '111-1', 'T10', DATE '2022-10-20', '個別', TIMESTAMP '2022-10-21 16:00:00'),
          ('{School}', 'K02', 'S02', '111-1', 'T10', DATE '2022-10-20', '團體', NULL);
        INSERT INTO submission (school_code, submission_id, semester, category, unit, submitted_at, submitted_by, row_count) VALUES
          ('{School}', 'SUB1', '111-1', '課程學習成果', '註冊組', TIMESTAMP '2023-02-18 15:00:00', 'T90', 4);
        INSERT INTO receipt (school_code, receipt_id, submission_id, student_no, semester, category, issued_at, confirmed_at, error_reported_at, error_text, resolved_at) VALUES
          ('{School}', 'R1', 'SUB0', 'S01', '111-1', '課程學習成果', TIMESTAMP '2023-02-10 09:00:00', TIMESTAMP '2023-02-11 20:00:00', NULL, NULL, NULL),
          ('{School}', 'R2', 'SUB0', 'S02', '111-1', '課程學習成果', TIMESTAMP '2023-02-10 09:00:00', NULL, TIMESTAMP '2023-02-12 18:00:00', '成績有誤', TIMESTAMP '2023-02-13 10:00:00'),
          ('{School}', 'R3', 'SUB0', 'S03', '111-1', '課程學習成果', TIMESTAMP '2023-02-10 09:00:00', NULL, TIMESTAMP '2023-02-12 19:00:00', '科目名稱有誤', TIMESTAMP '2023-02-20 10:00:00'),
          ('{School}', 'R4', 'SUB0', 'S04', '111-1', '課程學習成果', TIMESTAMP '2023-02-10 09:00:00', NULL, NULL, NULL, NULL);
        INSERT INTO selection (school_code, student_no, academic_year, item_kind, item_id, selected_at) VALUES
          ('{School}', 'S01', 111, 'artifact', 'A1', TIMESTAMP '2023-04-12 20:00:00'),
          ('{School}', 'S02', 111, 'artifact', 'X1', TIMESTAMP '2023-04-12 20:00:00'),
          ('{School}', 'S02', 111, 'artifact', 'X2', TIMESTAMP '2023-04-12 20:01:00'),
          ('{School}', 'S02', 111, 'artifact', 'X3', TIMESTAMP '2023-04-12 20:02:00'),
          ('{School}', 'S02', 111, 'artifact', 'X4', TIMESTAMP '2023-04-12 20:03:00'),
          ('{School}', 'S02', 111, 'artifact', 'X5', TIMESTAMP '2023-04-12 20:04:00'),
          ('{School}', 'S02', 111, 'artifact', 'X6', TIMESTAMP '2023-04-12 20:05:00'),
          ('{School}', 'S02', 111, 'artifact', 'X7', TIMESTAMP '2023-04-12 20:06:00'),
          ('{School}', 'S03', 111, '課程學習成果', 'X8', TIMESTAMP '2023-04-16 08:00:00');
        """);

    public CompletionRow PhaseRow(Phase phase, DateTime asOf) =>
        Metrics.Completion(new CompletionQuery(S1111, asOf, Breakdown.Phase, phase.Id)).Single();

    public void Dispose()
    {
        Db.Dispose();
        try { _dir.Delete(true); } catch (IOException) { }
    }
}

internal static class CompletionRowAssertions
{
    /// <summary>(population, complete, late, missing, exempt)</summary>
    public static (long, long, long, long, long) Counts(this CompletionRow r) => (r.Population, r.Complete, r.Late, r.Missing, r.Exempt);
}

/// <summary>One scenario shared by a test class whose tests only read (xunit class fixture).</summary>
public sealed class SharedScenario : IDisposable
{
    public MetricsScenario Scenario { get; } = new();

    public void Dispose() => Scenario.Dispose();
}

/// <summary>The scenario with a per-subject upload cap of 1, shared by the findings tests.</summary>
public sealed class SubjectCapScenario : IDisposable
{
    public MetricsScenario Scenario { get; } =
        new(new() { Code = MetricsScenario.School, Name = "測", Caps = new(UploadsPerSubjectPerSemester: 1) });

    public void Dispose() => Scenario.Dispose();
}

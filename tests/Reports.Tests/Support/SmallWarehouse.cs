using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.People;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Reports.Tests.Support;

/// <summary>
/// A small 靜心 warehouse for 111-1 built by SQL inserts into the core tables, read through the real metrics and the
/// shipped school file. 101 (grade 10, 王導師): S1 uploads on time, S2 late, S3 never, S4 on time.
/// 301 (grade 12, 劉導師): S5 on time, S6 never. 陳老師 teaches both classes: S1's artifact is certified in the window,
/// S4's after it, S5's never. 蔡老師 (課諮師) counsels S1, S2, S4, S5. The teachers' training is attested.
/// </summary>
public sealed class SmallWarehouse : IAsyncLifetime
{
    public static readonly Semester S111_1 = new(111, 1);
    public static readonly DateTime AsOf = new(2023, 2, 20, 23, 59, 59);

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pa-reports-");
    public WarehouseDb Db { get; private set; } = null!;
    public SchoolConfig Config { get; } = SchoolCatalog.Load("jingxin");
    public CompletionMetrics Metrics { get; private set; } = null!;
    public ReportGenerator Generator { get; private set; } = null!;
    public ReportRequest Request => new(S111_1, AsOf);

    /// <summary>Valid national IDs (checksum included), so a leak would look like a real one.</summary>
    public static string Id(int n)
    {
        var nine = $"A1{n:0000000}";
        return nine + NationalId.CheckDigit(nine);
    }

    public Task InitializeAsync()
    {
        Db = WarehouseDb.Open(Path.Combine(_dir.FullName, "w.duckdb"));
        var code = Config.Code;
        Exec($"""
            INSERT INTO staff (school_code, staff_no, name, office, section, title, is_course_counselor) VALUES
              ('{code}', 'T101', '王導師', '教務處', NULL, '教師', false), ('{code}', 'T301', '劉導師', '教務處', NULL, '教師', false),
              ('{code}', 'C1', '陳老師', '教務處', NULL, '教師', false), ('{code}', 'K1', '蔡老師', '輔導中心', NULL, '教師', true),
              ('{code}', 'R1', '黃組長', '教務處', '註冊組', '組長', false);
            INSERT INTO school_class (school_code, semester, class_code, grade, division, name, tutor_staff_no) VALUES
              ('{code}', '111-1', '101', 10, '日間部', '高一忠', 'T101'), ('{code}', '111-1', '301', 12, '日間部', '高三忠', 'T301');
            INSERT INTO student (school_code, student_no, national_id, name, division, status, guardian_name) VALUES
              ('{code}', 'S1', '{Id(1)}', '林小甲', '日間部', '在學', '林大文'), ('{code}', 'S2', '{Id(2)}', '陳小乙', '日間部', '在學', NULL),
              ('{code}', 'S3', '{Id(3)}', '張小丙', '日間部', '在學', '張大同'), ('{code}', 'S4', '{Id(4)}', '李小丁', '日間部', '在學', NULL),
              ('{code}', 'S5', '{Id(5)}', '吳小戊', '日間部', '在學', NULL), ('{code}', 'S6', '{Id(6)}', '周小己', '日間部', '在學', '周大年');
            INSERT INTO student_enrolment VALUES
              ('{code}', 'S1', '111-1', '101', 10, 1, '在學', DATE '2022-08-01', NULL),
              ('{code}', 'S2', '111-1', '101', 10, 2, '在學', DATE '2022-08-01', NULL),
              ('{code}', 'S3', '111-1', '101', 10, 3, '在學', DATE '2022-08-01', NULL),
              ('{code}', 'S4', '111-1', '101', 10, 4, '在學', DATE '2022-08-01', NULL),
              ('{code}', 'S5', '111-1', '301', 12, 1, '在學', DATE '2022-08-01', NULL),
              ('{code}', 'S6', '111-1', '301', 12, 2, '在學', DATE '2022-08-01', NULL);
            INSERT INTO course (school_code, semester, course_id, course_code, subject_name, credits, grade, teacher_staff_no, class_code) VALUES
              ('{code}', '111-1', 'K101', 'X', '國語文', 4, 10, 'C1', '101'), ('{code}', '111-1', 'K301', 'X', '國語文', 4, 12, 'C1', '301');
            INSERT INTO course_artifact (school_code, artifact_id, student_no, semester, course_id, uploaded_at, file_type, file_size_bytes) VALUES
              ('{code}', 'A1', 'S1', '111-1', 'K101', TIMESTAMP '2023-01-10 10:00:00', 'pdf', 1000),
              ('{code}', 'A2', 'S2', '111-1', 'K101', TIMESTAMP '2023-02-05 10:00:00', 'pdf', 1000),
              ('{code}', 'A4', 'S4', '111-1', 'K101', TIMESTAMP '2023-01-20 10:00:00', 'pdf', 1000),
              ('{code}', 'A5', 'S5', '111-1', 'K301', TIMESTAMP '2023-01-15 10:00:00', 'pdf', 1000);
            INSERT INTO certification (school_code, artifact_id, decided_at, result, reason, certified_by) VALUES
              ('{code}', 'A1', TIMESTAMP '2023-02-05 10:00:00', '通過', NULL, 'C1'),
              ('{code}', 'A4', TIMESTAMP '2023-02-12 10:00:00', '通過', NULL, 'C1');
            INSERT INTO achievement (school_code, achievement_id, student_no, academic_year, category, title, uploaded_at) VALUES
              ('{code}', 'P1', 'S1', 111, '競賽參與', '科展', TIMESTAMP '2023-01-12 20:00:00'),
              ('{code}', 'P2', 'S2', 111, '服務學習', '淨灘', TIMESTAMP '2023-01-13 20:00:00'),
              ('{code}', 'P4', 'S4', 111, '社團活動', '合唱', TIMESTAMP '2023-01-13 20:00:00'),
              ('{code}', 'P5', 'S5', 111, '服務學習', '志工', TIMESTAMP '2023-01-14 20:00:00');
            INSERT INTO counseling_record (school_code, record_id, student_no, semester, counselor_staff_no, held_on, mode, entered_at) VALUES
              ('{code}', 'N1', 'S1', '111-1', 'K1', DATE '2022-10-20', '個別', TIMESTAMP '2022-10-21 16:00:00'),
              ('{code}', 'N2', 'S2', '111-1', 'K1', DATE '2022-10-20', '團體', TIMESTAMP '2022-10-21 16:00:00'),
              ('{code}', 'N4', 'S4', '111-1', 'K1', DATE '2022-11-20', '個別', TIMESTAMP '2022-11-21 16:00:00'),
              ('{code}', 'N5', 'S5', '111-1', 'K1', DATE '2022-12-20', '個別', TIMESTAMP '2023-02-10 16:00:00');
            """);
        Metrics = new CompletionMetrics(Db, Config);
        Metrics.Attest(new Attestation("111-1.training-teachers", new DateOnly(2022, 9, 14), "教師學習歷程系統操作研習", 45, null,
            "教務主任", new DateTime(2022, 9, 20, 14, 5, 0)));
        Generator = new ReportGenerator(Metrics, Clock.Fixed(new DateTime(2023, 2, 21, 9, 0, 0)));
        return Task.CompletedTask;
    }

    private void Exec(string sql)
    {
        using var connection = Db.Connect();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public async Task DisposeAsync()
    {
        await Generator.DisposeAsync();
        Db.Dispose();
        try { _dir.Delete(true); } catch (IOException) { }
    }
}

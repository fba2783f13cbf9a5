using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// Writes a realistic, deterministic export of a demo school in the admin system's format (docs/source-format.md):
/// a school of the chosen size over one 學年度, following the school's 作業日程表, with a little deliberate dirt so
/// that rejects are visible. No wall clock and no global random state: the same options give the same bytes.
/// </summary>
public static class DemoSchool
{
    public static DemoSummary Write(DemoOptions options, string exportDir)
    {
        var school = SchoolCatalog.Load(options.School);
        var (phases, source) = DemoSchedule.Resolve(options, school);
        var timeline = new DemoTimeline(phases);
        var roster = DemoRoster.Build(options, school.Code);
        var exportedAt = options.ExportedAt;

        Directory.CreateDirectory(exportDir);
        foreach (var name in DemoExportFiles.FileNames.Append("manifest.json"))
            File.Delete(Path.Combine(exportDir, name));

        var dirt = new List<DemoDirt>();
        using (var files = new DemoExportFiles(exportDir, options.Dirt))
        {
            WriteStaff(roster, files);
            WriteClassesAndCourses(roster, files);
            var (submissions, receipts) = SubmissionPlan.Build(timeline, roster, exportedAt, options.Seed);
            foreach (var s in submissions)
            {
                var count = roster.Students.Count(st => (s.Grades.Count == 0 || s.Grades.Contains(st.Grade)) && st.EnrolledDuring(s.Data, roster.Year));
                files.Submissions.Row(s.No, s.Data.AcademicYear.ToString(CultureInfo.InvariantCulture), s.Term.ToString(CultureInfo.InvariantCulture), s.Category, s.Unit, DemoDates.Iso(s.Time),
                    s.StaffNo, count.ToString(CultureInfo.InvariantCulture));
            }

            var activity = new StudentActivity(roster, timeline, files, exportedAt, school.Caps, options.Seed, receipts);
            var plan = options.Dirt ? DirtPlan.Choose(roster) : null;
            activity.Misplaced = plan?.UnknownClass;
            foreach (var student in roster.Students)
            {
                if (plan is not null && student == plan.BadId) plan.CorruptId(student);
                var before = files.All.ToDictionary(f => f.Kind, f => f.Rows);
                WriteStudent(student, files);
                if (plan is not null && student == plan.Duplicate) plan.WriteDuplicate(student, files, dirt);
                if (plan is not null && student == plan.Typo) activity.TypoNextCertification = true;
                activity.Write(student);
                if (plan is not null && (student == plan.BadId || student == plan.Duplicate)) plan.RecordCascade(student, files, before, dirt);
            }
            if (activity.Typo is { } typo) dirt.Add(typo);
            if (activity.MisplacedDirt is { } misplaced) dirt.Add(misplaced);
            CadreRoleWriter.Write(roster, timeline, files.CadreRoles, exportedAt, options.Seed);
            if (options.Dirt)
                dirt.Add(new DemoDirt("cadre_roles", DemoExportFiles.Big5File, 0, 0, "整個檔案以 Big5（CP950）編碼（訓育組的舊模組匯出），讀取時應自動辨識", null));

            WriteManifest(exportDir, school.Code, exportedAt, files);
            var rows = files.All.ToDictionary(f => f.Kind, f => f.Rows);
            var classes = roster.Classes.Count(c => c.Semester == roster.Semesters[1]);
            return new DemoSummary(exportDir, school.Code, exportedAt, roster.Students.Count, classes, roster.Staff.Count, rows,
                dirt.OrderBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Line).ToList(), source);
        }
    }

    private static void WriteStaff(DemoRoster roster, DemoExportFiles files)
    {
        foreach (var s in roster.Staff)
            files.Staff.Row(s.No, s.Name, s.Office, s.Section ?? "", s.Title, s.Counselor ? "是" : "否", $"{s.No.ToLowerInvariant()}@school.example.tw");
        foreach (var s in roster.Staff)
            for (var i = 0; i < s.Deputies.Count; i++)
                files.Deputies.Row(s.No, s.Deputies[i], (i + 1).ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteClassesAndCourses(DemoRoster roster, DemoExportFiles files)
    {
        foreach (var c in roster.Classes)
            files.Classes.Row(c.Semester.AcademicYear.ToString(CultureInfo.InvariantCulture), c.Semester.Term.ToString(CultureInfo.InvariantCulture), c.Code, c.Grade.ToString(CultureInfo.InvariantCulture), "日間部", c.Name, c.TutorNo);
        foreach (var c in roster.Courses)
            files.Courses.Row(c.Semester.AcademicYear.ToString(CultureInfo.InvariantCulture), c.Semester.Term.ToString(CultureInfo.InvariantCulture), c.Serial, c.Code, c.Subject,
                c.Credits.ToString(CultureInfo.InvariantCulture), c.Grade.ToString(CultureInfo.InvariantCulture), c.TeacherNo, c.ClassCode ?? "", c.Group ?? "");
    }

    internal static void WriteStudent(DemoStudent s, DemoExportFiles files, string? phone = null) =>
        files.Students.Row(s.No, s.NationalId, s.Name, "日間部", s.Male ? "男" : "女", s.EntryYear.ToString(CultureInfo.InvariantCulture), s.Status,
            s.ParentName, phone ?? s.ParentPhone, s.ParentEmail, s.Address);

    private static void WriteManifest(string exportDir, string schoolCode, DateTime exportedAt, DemoExportFiles files)
    {
        var manifest = new
        {
            school_code = schoolCode,
            exported_at = DemoDates.Dot(exportedAt),
            files = files.All.Select(f => new { kind = f.Kind, file = f.FileName, mode = "full" }),
        };
        var json = JsonSerializer.Serialize(manifest, ManifestJson);
        File.WriteAllText(Path.Combine(exportDir, "manifest.json"), json + "\n");
    }

    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

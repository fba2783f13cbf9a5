using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// 幹部經歷 as 訓育組 registers them: eight class officers per class and the 班聯會's officers, each semester, entered in
/// the registration window (some classes late; this semester's only partly entered by the export).
/// </summary>
internal static class CadreRoleWriter
{
    private static readonly string[] ClassRoles = ["班長", "副班長", "風紀股長", "學藝股長", "總務股長", "衛生股長", "康樂股長", "輔導股長"];

    public static void Write(DemoRoster roster, DemoTimeline timeline, CsvExportFile file, DateTime exportedAt, int seed)
    {
        var clerks = roster.Staff.Where(s => s.Section == "訓育組").Select(s => s.No).ToList();
        var seq = 0;
        foreach (var semester in roster.Semesters)
        {
            var window = timeline.CadreRegistration(semester) ?? Default(semester);
            var random = Seeds.Stream(seed, 50, semester.AcademicYear, semester.Term);
            var enrolled = roster.Students.Where(s => s.EnrolledDuring(semester, roster.Year)).ToList();
            var classes = enrolled.GroupBy(s => DemoStudent.ClassCode(s.GradeIn(semester, roster.Year), s.Section))
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            var officers = new List<(DemoStudent Student, string Role, string Unit, DateTime Registered)>();
            foreach (var cls in classes)
            {
                var registered = Registered(random, window);
                var members = cls.OrderBy(_ => random.Next()).ToList();
                for (var i = 0; i < Math.Min(ClassRoles.Length, members.Count); i++)
                    officers.Add((members[i], ClassRoles[i], $"{cls.Key} 班", registered.AddMinutes(i)));
            }
            var council = enrolled.Where(s => s.GradeIn(semester, roster.Year) == 11).OrderBy(_ => random.Next()).Take(2).ToList();
            var councilRegistered = Registered(random, window);
            for (var i = 0; i < council.Count; i++)
                officers.Add((council[i], i == 0 ? "班聯會會長" : "班聯會副會長", "班聯會", councilRegistered.AddMinutes(i)));

            foreach (var (student, role, unit, registered) in officers)
            {
                if (registered > exportedAt) continue;
                file.Row($"C{++seq:00000}", student.No, semester.AcademicYear.ToString(CultureInfo.InvariantCulture), semester.Term.ToString(CultureInfo.InvariantCulture), role, unit,
                    DemoDates.Slash(registered), random.Pick(clerks));
            }
        }
    }

    private static DateTime Registered(Random random, Window window)
    {
        var span = Math.Max(1, (window.FirstEnd - window.Start).TotalDays);
        var day = DemoDates.Day(window.Start.AddDays(random.NextDouble() * span));
        if (random.Chance(0.05)) day = DemoDates.Day(window.FirstEnd).AddDays(1 + (int)random.Exponential(8));
        return DemoDates.StaffMoment(random, day);
    }

    /// <summary>Without a registration phase: during the semester's last months.</summary>
    private static Window Default(Semester semester)
    {
        var end = semester.EndsOn.AddDays(-31).ToDateTime(new TimeOnly(23, 59));
        var start = semester.EndsOn.AddDays(-61).ToDateTime(TimeOnly.MinValue);
        return new Window(start, end, end);
    }
}

using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// Everything one student did during the demo year, written as it is generated (so a country-sized demo never has
/// to fit in memory): status changes, class placements, courses and grades, 課程學習成果 and their 認證, 多元表現,
/// 課程諮詢, 勾選 and 收訖明細. Each student draws from their own random stream.
/// </summary>
internal sealed class StudentActivity(
    DemoRoster roster, DemoTimeline timeline, DemoExportFiles files, DateTime exportedAt, Caps caps, int seed,
    IReadOnlyList<ReceiptPlan> receipts)
{
    private static readonly string[] RejectReasons = ["非本課程之學習成果", "檔案無法開啟，請重新上傳", "上傳內容與簡述不符", "非學生本人作品"];
    private static readonly (string Category, string[] Names)[] AchievementKinds =
    [
        ("競賽參與", ["校內科展 第二名", "全國英語演講比賽 佳作", "臺北市語文競賽 作文 第三名", "校內數學競賽 優等", "全國學生美術比賽 入選"]),
        ("檢定證照", ["全民英檢中級初試 通過", "TOEIC 750 分", "電腦軟體應用丙級", "日本語能力試驗 N3"]),
        ("服務學習", ["淨灘活動 8 小時", "社區圖書館志工 12 小時", "老人安養中心服務 6 小時", "校園導覽志工"]),
        ("彈性學習時間", ["自主學習計畫：植物染", "自主學習計畫：Arduino 自走車", "自主學習計畫：日語入門"]),
        ("團體活動時間", ["社團：熱舞社", "社團：天文社", "社團：吉他社", "社團：辯論社", "社團：攝影社"]),
        ("作品成果", ["個人攝影作品集", "微電影創作", "獨立研究小論文"]),
        ("職場學習", ["醫院職場體驗", "建築師事務所參訪"]),
        ("大學及技專校院先修課程", ["臺灣大學先修課程：微積分", "政治大學先修課程：經濟學"]),
        ("其他多元表現", ["校慶園遊會籌備", "畢業紀念冊編輯"]),
    ];
    private static readonly string[] ReceiptErrors = ["成績有誤", "學分數有誤", "缺少一門課程", "姓名有誤", "少一件課程學習成果", "多元表現項目缺漏", "幹部名稱有誤"];

    private readonly Dictionary<string, DemoStaff> _staff = roster.Staff.ToDictionary(s => s.No);
    private readonly Dictionary<int, DateTime?> _sittings = [];
    private readonly List<DemoStaff> _counselors = roster.Counselors.ToList();
    private long _artifacts, _achievements, _counseling, _receipts;

    /// <summary>When set, the next certification's time is written with a doubled separator (a seed-style typo).</summary>
    public bool TypoNextCertification { get; set; }

    public DemoDirt? Typo { get; private set; }

    /// <summary>This student's placement in the last semester names a class that does not exist.</summary>
    public DemoStudent? Misplaced { get; set; }

    public DemoDirt? MisplacedDirt { get; private set; }

    public void Write(DemoStudent s)
    {
        var random = Seeds.Stream(seed, 10, s.Index);
        WriteStatusChanges(s, random);
        var artifacts = new List<(string Id, int Year, DateTime? Passed)>();
        var achievements = new List<(string Id, int Year, DateTime Uploaded)>();
        foreach (var semester in roster.Semesters)
        {
            if (!s.EnrolledDuring(semester, roster.Year)) continue;
            var grade = s.GradeIn(semester, roster.Year);
            var classCode = DemoStudent.ClassCode(grade, s.Section);
            if (s == Misplaced && semester == roster.Semesters[^1])
            {
                // 註冊組 typed a class that does not exist (one past the last); the student has no class this semester.
                classCode = DemoStudent.ClassCode(grade, roster.Sections + 1);
                MisplacedDirt = new DemoDirt("class_assignments", files.ClassAssignments.FileName, files.ClassAssignments.NextLine, 1,
                    $"學號 {s.No} 在 {semester} 被編入不存在的班級 {classCode}", "unknown_class");
            }
            files.ClassAssignments.Row(Y(semester), T(semester), s.No, classCode, s.Seat.ToString(CultureInfo.InvariantCulture));
            var courses = roster.CoursesOf(s, semester);
            WriteCourseRecords(s, semester, courses, random);
            WriteArtifacts(s, semester, courses, random, artifacts);
            WriteAchievements(s, semester, random, achievements);
            if (semester.AcademicYear == roster.Year) WriteCounseling(s, semester, random);
        }
        WriteSelections(s, random, artifacts, achievements);
        WriteReceipts(s, random);
    }

    private static string Y(Semester s) => s.AcademicYear.ToString(CultureInfo.InvariantCulture);
    private static string T(Semester s) => s.Term.ToString(CultureInfo.InvariantCulture);

    private void WriteStatusChanges(DemoStudent s, Random random)
    {
        string ClassOn(DateOnly day) => DemoStudent.ClassCode(s.GradeIn(Semester.Containing(day), roster.Year), s.Section);
        if (s.JoinedOn is { } joined)
            files.StatusChanges.Row(s.No, DemoDates.Dot(joined), "轉入", "", ClassOn(joined), "自他校轉入");
        if (s.LeftOn is { } left)
        {
            var kind = s.ChangeNote == "休學" ? "休學" : "轉出";
            var note = kind == "轉出" ? "轉學至他校" : random.Chance(0.5) ? "因病休學" : "出國休學";
            files.StatusChanges.Row(s.No, DemoDates.Dot(left), kind, ClassOn(left), "", note);
        }
        if (s.ReturnedOn is { } back)
            files.StatusChanges.Row(s.No, DemoDates.Dot(back), "復學", "", ClassOn(back), "休學期滿復學");
    }

    private void WriteCourseRecords(DemoStudent s, Semester semester, IReadOnlyList<DemoCourse> courses, Random random)
    {
        // Grades exist once the semester is over and the student finished it.
        var graded = semester.EndsOn < DateOnly.FromDateTime(exportedAt) && s.EnrolledOn(semester.EndsOn);
        var mean = s.Pace switch { Pace.Eager => 84, Pace.Normal => 75, Pace.Procrastinator => 67, _ => 58 };
        foreach (var c in courses)
        {
            if (!graded)
            {
                files.CourseRecords.Row(Y(semester), T(semester), c.Serial, s.No, "", "");
                continue;
            }
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var score = Math.Clamp((int)Math.Round(mean + 11 * normal), 20, 100);
            files.CourseRecords.Row(Y(semester), T(semester), c.Serial, s.No, score.ToString(CultureInfo.InvariantCulture), (score >= 60 ? c.Credits : 0).ToString(CultureInfo.InvariantCulture));
        }
    }

    private void WriteArtifacts(DemoStudent s, Semester semester, IReadOnlyList<DemoCourse> courses, Random random,
        List<(string Id, int Year, DateTime? Passed)> produced)
    {
        var window = timeline.For(PhaseKind.ArtifactUpload, semester, s.Grade);
        if (window is null || courses.Count == 0 || !s.EnrolledOn(DemoDates.Day(window.FirstEnd))) return;
        var count = s.OverCap ? caps.ArtifactSelectionsPerYear + 2 : Count(random, s.Pace);
        var first = Behaviour.StudentActs(random, window, s.OverCap ? Pace.Eager : s.Pace);
        if (first is null) return;
        var certWindow = timeline.For(PhaseKind.Certification, semester, s.Grade)
                         ?? new Window(window.Start, window.LastEnd.AddDays(5), window.LastEnd.AddDays(5));
        var order = courses.OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < count; i++)
        {
            var uploaded = i == 0 || random.Chance(0.7)
                ? first.Value.AddMinutes(i * random.Next(2, 12))
                : Behaviour.StudentActs(random, window, s.Pace == Pace.Disengaged ? Pace.Procrastinator : s.Pace) ?? first.Value.AddMinutes(i * 7);
            var course = order[i % order.Count];
            if (uploaded > exportedAt || !s.EnrolledOn(DemoDates.Day(uploaded))) continue;
            var id = WriteArtifact(s, semester, course, uploaded, random);
            var (passed, rejectedAt) = Certify(id, course, certWindow, uploaded, random);
            if (rejectedAt is { } at && s.Pace != Pace.Disengaged && random.Chance(0.8))
            {
                // Re-uploaded after the rejection, then certified.
                var again = DemoDates.StudentMoment(random, DemoDates.Day(at.AddDays(0.5 + random.Exponential(2))));
                if (again > exportedAt) continue;
                id = WriteArtifact(s, semester, course, again, random);
                (passed, _) = Certify(id, course, certWindow, again, random, mayReject: false);
            }
            produced.Add((id, semester.AcademicYear, passed));
        }
    }

    private static int Count(Random random, Pace pace)
    {
        if (pace == Pace.Disengaged) return 1;
        var roll = random.NextDouble();
        return roll < 0.22 ? 1 : roll < 0.52 ? 2 : roll < 0.76 ? 3 : roll < 0.89 ? 4 : roll < 0.96 ? 5 : 6;
    }

    private string WriteArtifact(DemoStudent s, Semester semester, DemoCourse course, DateTime uploaded, Random random)
    {
        var id = $"A{++_artifacts:000000}";
        var roll = random.NextDouble();
        var type = roll < 0.72 ? "pdf" : roll < 0.82 ? "jpg" : roll < 0.90 ? "png" : roll < 0.97 ? "mp4" : "mp3";
        var size = type is "mp4" or "mp3" ? 1500 + random.Next(8500) : Math.Min(4000, 60 + (int)random.Exponential(900));
        files.Artifacts.Row(id, s.No, Y(semester), T(semester), course.Serial, DemoDates.Slash(uploaded), type, size.ToString(CultureInfo.InvariantCulture),
            Curriculum.Description(course.Subject, random));
        return id;
    }

    /// <returns>When it passed (null if not certified by the export or rejected), and when it was rejected.</returns>
    private (DateTime? Passed, DateTime? Rejected) Certify(string artifactId, DemoCourse course, Window window, DateTime uploaded,
        Random random, bool mayReject = true)
    {
        var teacher = _staff[course.TeacherNo];
        if (!_sittings.TryGetValue(course.Index, out var sitting))
            _sittings[course.Index] = sitting = Behaviour.Sitting(Seeds.Stream(seed, 20, course.Index), teacher.Speed, window);
        if (sitting is null && teacher.Speed != CertifySpeed.Fast) return (null, null);
        var at = Behaviour.TeacherCertifies(random, teacher.Speed, window, sitting ?? window.FirstEnd, uploaded);
        if (at is not { } moment || moment > exportedAt) return (null, null);
        var certifier = teacher.Deputies.Count > 0 && random.Chance(0.02) ? teacher.Deputies[0] : teacher.No;
        var rejected = mayReject && random.Chance(0.035);
        var time = DemoDates.Dot(moment);
        var typo = TypoNextCertification;
        if (typo)
        {
            time = time[..3] + ".." + time[4..];
            Typo = new DemoDirt("certifications", files.Certifications.FileName, files.Certifications.NextLine, 1,
                $"成果 {artifactId} 的認證時間寫成「{time}」", "bad_date");
            TypoNextCertification = false;
        }
        files.Certifications.Row(artifactId, time, rejected ? "未通過" : "通過", rejected ? random.Pick(RejectReasons) : "", certifier);
        // The loader rejects the typo row, so the artifact counts as uncertified and the student cannot select it.
        return rejected ? (null, moment) : typo ? (null, null) : (moment, null);
    }

    private void WriteAchievements(DemoStudent s, Semester semester, Random random, List<(string Id, int Year, DateTime Uploaded)> produced)
    {
        var window = timeline.For(PhaseKind.AchievementUpload, semester, s.Grade);
        if (window is null || !s.EnrolledOn(DemoDates.Day(window.FirstEnd))) return;
        var roll = random.NextDouble();
        var count = s.OverCap ? caps.AchievementSelectionsPerYear + 2 : s.Pace switch
        {
            Pace.Eager => 1 + random.Next(4),
            Pace.Normal => roll < 0.15 ? 0 : roll < 0.55 ? 1 : roll < 0.85 ? 2 : 3,
            Pace.Procrastinator => random.Next(3),
            _ => random.Next(2),
        };
        var first = Behaviour.StudentActs(random, window, s.OverCap ? Pace.Eager : s.Pace);
        for (var i = 0; i < count && first is not null; i++)
        {
            var uploaded = i == 0 || random.Chance(0.5)
                ? first.Value.AddMinutes(i * random.Next(3, 15))
                : Behaviour.StudentActs(random, window, s.Pace) ?? first.Value.AddMinutes(i * 9);
            if (uploaded > exportedAt) continue;
            var (category, names) = AchievementKinds[random.Next(AchievementKinds.Length)];
            var id = $"P{++_achievements:000000}";
            files.Achievements.Row(id, s.No, Y(semester), category, random.Pick(names), DemoDates.Slash(uploaded));
            produced.Add((id, semester.AcademicYear, uploaded));
        }
    }

    private void WriteCounseling(DemoStudent s, Semester semester, Random random)
    {
        if (_counselors.Count == 0) return;
        var grade = s.GradeIn(semester, roster.Year);
        var counselor = _counselors[(grade * 1000 + s.Section) % _counselors.Count].No;
        // The class's group session (the same day for the whole class), then individual sessions for some.
        // Within the schedule's counseling window when there is one, a few classes only after it.
        var classRandom = Seeds.Stream(seed, 30, semester.AcademicYear, semester.Term, grade, s.Section);
        var window = timeline.For(PhaseKind.Counseling, semester, s.Grade);
        var from = window is null ? semester.StartsOn.AddDays(45) : DemoDates.Day(window.Start).AddDays(14);
        var to = window is null ? semester.EndsOn.AddDays(-20) : DemoDates.Day(window.FirstEnd).AddDays(-3);
        if (to <= from) from = to.AddDays(-14);
        var session = classRandom.Chance(0.08) ? to.AddDays(4 + classRandom.Next(20)) : from.AddDays(classRandom.Next(to.DayNumber - from.DayNumber + 1));
        session = Weekday(session);
        var sessions = new List<(DateOnly Day, string Mode)>();
        if (s.EnrolledOn(session) && random.Chance(0.96)) sessions.Add((session, "團體"));
        if (random.Chance(sessions.Count == 0 ? 0.7 : 0.12))
            sessions.Add((Weekday(from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1))), "個別"));
        foreach (var (day, mode) in sessions.OrderBy(x => x.Day))
        {
            if (!s.EnrolledOn(day)) continue;
            var entered = DemoDates.StaffMoment(random, day.AddDays((int)random.Exponential(3)));
            if (entered > exportedAt) continue;
            files.Counseling.Row($"K{++_counseling:000000}", s.No, Y(semester), T(semester), counselor, DemoDates.Compact(day), mode,
                DemoDates.Slash(entered));
        }
    }

    private static DateOnly Weekday(DateOnly day) =>
        day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(2), DayOfWeek.Sunday => day.AddDays(1), _ => day };

    private void WriteSelections(DemoStudent s, Random random, List<(string Id, int Year, DateTime? Passed)> artifacts,
        List<(string Id, int Year, DateTime Uploaded)> achievements)
    {
        foreach (var year in artifacts.Select(a => a.Year).Concat(achievements.Select(a => a.Year)).Distinct().Order())
        {
            var window = timeline.Selection(year, s.Grade);
            if (window is null || window.Start > exportedAt || !s.EnrolledOn(DemoDates.Day(window.Start))) continue;
            if (Behaviour.StudentActs(random, window, s.OverCap ? Pace.Eager : s.Pace, allowLate: false) is not { } at || at > exportedAt) continue;
            var certified = artifacts.Where(a => a.Year == year && a.Passed < at).Select(a => a.Id).OrderBy(_ => random.Next()).ToList();
            var uploaded = achievements.Where(a => a.Year == year && a.Uploaded < at).Select(a => a.Id).OrderBy(_ => random.Next()).ToList();
            var artifactCap = caps.ArtifactSelectionsPerYear;
            var achievementCap = caps.AchievementSelectionsPerYear;
            var pickArtifacts = s.OverCap ? artifactCap + 1 : Math.Min(artifactCap, 2 + random.Next(artifactCap - 1));
            var pickAchievements = s.OverCap ? achievementCap + 1 : Math.Min(achievementCap, 1 + random.Next(achievementCap));
            var n = 0;
            foreach (var id in certified.Take(pickArtifacts))
                files.Selections.Row(s.No, year.ToString(CultureInfo.InvariantCulture), "課程學習成果", id, DemoDates.Slash(at.AddMinutes(n++)));
            foreach (var id in uploaded.Take(pickAchievements))
                files.Selections.Row(s.No, year.ToString(CultureInfo.InvariantCulture), "多元表現", id, DemoDates.Slash(at.AddMinutes(n++)));
        }
    }

    private void WriteReceipts(DemoStudent s, Random random)
    {
        foreach (var plan in receipts)
        {
            var phase = plan.Phase;
            if (phase.Grades.Count > 0 && !phase.Grades.Contains(s.Grade)) continue;
            if (!s.EnrolledDuring(phase.Semester, roster.Year) || !s.EnrolledOn(DemoDates.Day(phase.Start))) continue;
            var window = new Window(phase.Start, phase.End, phase.End);
            var errorCategory = random.Chance(0.05) ? random.Next(plan.Submissions.Count) : -1;
            var acts = Behaviour.StudentActs(random, window, s.Pace);
            for (var i = 0; i < plan.Submissions.Count; i++)
            {
                var sub = plan.Submissions[i];
                var produced = sub.Time.AddDays(1) < phase.Start ? sub.Time.AddDays(1) : sub.Time.AddHours(2);
                string confirmed = "", reported = "", error = "", resolved = "";
                if (i == errorCategory && acts is { } r && r <= phase.End && r <= exportedAt)
                {
                    reported = DemoDates.Slash(r);
                    error = random.Pick(ReceiptErrors);
                    var fixedAt = DemoDates.StaffMoment(random, DemoDates.Day(r.AddDays(1 + random.Next(5))));
                    if (random.Chance(0.7) && fixedAt <= exportedAt) resolved = DemoDates.Slash(fixedAt);
                }
                else if (acts is { } c && c <= exportedAt)
                    confirmed = DemoDates.Slash(c.AddMinutes(i));
                files.Receipts.Row($"R{++_receipts:000000}", sub.No, s.NationalId, sub.Data.AcademicYear.ToString(CultureInfo.InvariantCulture), sub.Term.ToString(CultureInfo.InvariantCulture),
                    sub.Category, DemoDates.Slash(produced), confirmed, reported, error, resolved);
            }
        }
    }
}

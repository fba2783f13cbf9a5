using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.People;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// The school's people and structure: staff in their 處室/組, classes with 導師, course offerings with teachers and
/// the students with their enrolment history, for the previous semester (data uploaded during the year) and both
/// semesters of the demo year.
/// </summary>
internal sealed class DemoRoster
{
    private const double StudentsPerClass = 33.3;
    private const double CoursesPerTeacher = 6.5;
    private static readonly string[] ClassNames = ["忠", "孝", "仁", "愛", "信", "義", "和", "平", "禮", "智", "勤", "儉"];

    public required int Year { get; init; }
    public required int Sections { get; init; }
    public required IReadOnlyList<Semester> Semesters { get; init; }
    public List<DemoStaff> Staff { get; } = [];
    public List<DemoClass> Classes { get; } = [];
    public List<DemoCourse> Courses { get; } = [];
    public List<DemoStudent> Students { get; } = [];
    public List<DemoStudent> TransfersIn { get; } = [];

    private readonly Dictionary<(Semester, string), List<DemoCourse>> _classCourses = [];
    private readonly Dictionary<(Semester, int, int), DemoCourse> _groupCourses = [];
    private readonly Dictionary<(Semester, int), int> _groupOf = [];

    public Semester Previous => Semesters[0];

    public IEnumerable<DemoStaff> Counselors => Staff.Where(s => s.Counselor);

    public DemoStaff SectionHead(string section) => Staff.First(s => s.Section == section && s.Title == "組長");

    public IReadOnlyList<DemoCourse> CoursesOf(DemoStudent student, Semester semester)
    {
        var grade = student.GradeIn(semester, Year);
        if (!_classCourses.TryGetValue((semester, DemoStudent.ClassCode(grade, student.Section)), out var courses)) return [];
        return _groupOf.TryGetValue((semester, student.Index), out var g)
            ? [.. courses, _groupCourses[(semester, grade, g)]]
            : courses;
    }

    public static DemoRoster Build(DemoOptions options, string schoolCode)
    {
        var year = options.AcademicYear;
        var students = Math.Max(30, options.Students);
        var sections = Math.Max(1, (int)Math.Round(students / 3.0 / StudentsPerClass));
        var roster = new DemoRoster
        {
            Year = year,
            Sections = sections,
            Semesters = [new(year - 1, 2), new(year, 1), new(year, 2)],
        };
        var random = Seeds.Stream(options.Seed, 1);
        var teachersByDomain = roster.AddStaff(random, students, sections);
        roster.AddStudents(Seeds.Stream(options.Seed, 2), students, sections);
        roster.AddClassesAndCourses(teachersByDomain, schoolCode, options.Seed);
        roster.AddEnrolmentChanges(Seeds.Stream(options.Seed, 3));
        return roster;
    }

    private Dictionary<string, List<DemoStaff>> AddStaff(Random random, int students, int sections)
    {
        var assistants = Math.Max(1, students / 1200);
        var posts = new List<(string Office, string? Section, string Title, int Count)>
        {
            ("校長室", null, "校長", 1), ("教務處", null, "教務主任", 1),
            ("教務處", "註冊組", "組長", 1), ("教務處", "註冊組", "組員", assistants),
            ("教務處", "教學組", "組長", 1), ("教務處", "教學組", "組員", assistants),
            ("教務處", "實研組", "組長", 1), ("學務處", null, "學務主任", 1),
            ("學務處", "訓育組", "組長", 1), ("學務處", "訓育組", "組員", assistants),
            ("學務處", "生輔組", "組長", 1), ("學務處", "生輔組", "組員", assistants),
            ("學務處", "衛生組", "組長", 1), ("學務處", "體育組", "組長", 1),
            ("輔導中心", null, "輔導主任", 1), ("輔導中心", null, "輔導教師", Math.Max(2, students / 400)),
            ("圖書館", "圖資組", "組長", 1), ("圖書館", "圖資組", "組員", assistants),
            ("總務處", null, "總務主任", 1), ("總務處", "事務組", "組長", 1),
            ("人事室", null, "人事主任", 1), ("會計室", null, "會計主任", 1), ("國際教育中心", null, "主任", 1),
        };
        foreach (var (office, section, title, count) in posts)
            for (var i = 0; i < count; i++)
                Staff.Add(new DemoStaff(NextStaffNo(), ChineseNames.Full(random, random.Chance(0.45)), office, section, title, null, CertifySpeed.Normal));

        // Courses a semester needs per domain, with all three grades in school: one teacher per 6.5 of them.
        var load = Curriculum.Domains.ToDictionary(d => d, _ => 0);
        foreach (var grade in new[] { 10, 11, 12 })
        {
            foreach (var subject in Curriculum.ForGrade(grade)) load[subject.Domain] += sections;
            for (var g = 0; g < sections; g++) load[Curriculum.Elective(grade, g).Domain]++;
        }
        var byDomain = new Dictionary<string, List<DemoStaff>>();
        foreach (var (domain, courses) in load)
        {
            var list = byDomain[domain] = [];
            for (var i = 0; i < Math.Max(2, (int)Math.Ceiling(courses / CoursesPerTeacher)); i++)
            {
                var roll = random.NextDouble();
                var speed = roll < 0.30 ? CertifySpeed.Fast : roll < 0.80 ? CertifySpeed.Normal : roll < 0.94 ? CertifySpeed.Slow : CertifySpeed.VerySlow;
                var teacher = new DemoStaff(NextStaffNo(), ChineseNames.Full(random, random.Chance(0.4)), "專任教師", domain, "教師", domain, speed);
                list.Add(teacher);
                Staff.Add(teacher);
            }
            for (var i = 0; i < list.Count; i++)
            {
                list[i].Deputies.Add(list[(i + 1) % list.Count].No);
                if (list.Count > 2) list[i].Deputies.Add(list[(i + 2) % list.Count].No);
            }
        }
        foreach (var head in Staff.Where(s => s.Title == "組長"))
            head.Deputies.AddRange(Staff.Where(s => s.Section == head.Section && s.Title == "組員").Select(s => s.No).Take(1));

        var teachers = Staff.Where(s => s.Title == "教師").ToList();
        // Some teachers are always slow; a school without one would not be realistic.
        if (!teachers.Any(t => t.Speed == CertifySpeed.VerySlow)) Replace(teachers[teachers.Count / 3], CertifySpeed.VerySlow, byDomain);
        if (!teachers.Any(t => t.Speed == CertifySpeed.Slow)) Replace(teachers[teachers.Count / 2], CertifySpeed.Slow, byDomain);
        var counselors = Math.Max(2, (int)Math.Ceiling(students / 200.0));
        foreach (var t in teachers.OrderBy(_ => random.Next()).Take(counselors).ToList()) t.Counselor = true;
        return byDomain;
    }

    private void Replace(DemoStaff teacher, CertifySpeed speed, Dictionary<string, List<DemoStaff>> byDomain)
    {
        var slow = teacher with { Speed = speed };
        slow.Deputies.AddRange(teacher.Deputies);
        Staff[Staff.IndexOf(teacher)] = slow;
        var list = byDomain[teacher.Domain!];
        list[list.IndexOf(teacher)] = slow;
    }

    private string NextStaffNo() => $"T{Staff.Count + 1:0000}";

    private void AddStudents(Random random, int total, int sections)
    {
        var ids = new HashSet<string>();
        var perGrade = new[] { total - 2 * (total / 3), total / 3, total / 3 };
        var width = Math.Max(3, perGrade.Max().ToString(CultureInfo.InvariantCulture).Length);
        string[] areas = ["A", "A", "A", "A", "F", "F", "H", "B", "E", "J"];
        string[] districts = ["文山區興隆路", "文山區木柵路", "大安區復興南路", "中正區羅斯福路", "信義區松仁路", "新店區北新路", "中和區景平路"];
        for (var gi = 0; gi < 3; gi++)
        {
            var grade = 10 + gi;
            var entry = Year - gi;
            for (var j = 0; j < perGrade[gi]; j++)
            {
                var male = random.Chance(0.5);
                var surname = ChineseNames.Surname(random);
                string id;
                do
                {
                    var nine = random.Pick(areas) + (male ? "1" : "2") + random.Next(0, 10_000_000).ToString("0000000", CultureInfo.InvariantCulture);
                    id = nine + NationalId.CheckDigit(nine);
                } while (!ids.Add(id));
                var roll = random.NextDouble();
                var n = Students.Count + 1;
                Students.Add(new DemoStudent
                {
                    Index = Students.Count,
                    No = $"{entry}{(j + 1).ToString(new string('0', width), CultureInfo.InvariantCulture)}",
                    NationalId = id,
                    Name = ChineseNames.WithSurname(random, surname, male),
                    Male = male,
                    EntryYear = entry,
                    Grade = grade,
                    Section = j % sections + 1,
                    Seat = j / sections + 1,
                    Pace = roll < 0.15 ? Pace.Eager : roll < 0.80 ? Pace.Normal : roll < 0.93 ? Pace.Procrastinator : Pace.Disengaged,
                    ParentName = ChineseNames.WithSurname(random, surname, random.Chance(0.6)),
                    ParentPhone = random.Chance(0.7)
                        ? $"09{random.Next(10, 100)}-{random.Next(0, 1000):000}-{random.Next(0, 1000):000}"
                        : $"02-{random.Next(2200, 2999)}-{random.Next(0, 10000):0000}",
                    ParentEmail = $"parent{n:000000}@example.tw",
                    Address = $"臺北市{random.Pick(districts)}{random.Next(1, 400)}號",
                });
            }
        }
    }

    private void AddClassesAndCourses(Dictionary<string, List<DemoStaff>> byDomain, string schoolCode, int seed)
    {
        var teachers = Staff.Where(s => s.Title == "教師").ToList();
        // One 導師 per class of the demo year; the same cohort kept its 導師 last semester.
        var tutors = new Dictionary<(int Grade, int Section), string>();
        var t = 0;
        for (var grade = 10; grade <= 12; grade++)
            for (var section = 1; section <= Sections; section++)
                tutors[(grade, section)] = teachers[(t++ * 7) % teachers.Count].No;

        foreach (var semester in Semesters)
        {
            var counter = byDomain.Keys.ToDictionary(d => d, _ => 0);
            var serial = 0;
            DemoStaff Next(string domain) => byDomain[domain][counter[domain]++ % byDomain[domain].Count];
            for (var cohort = 10; cohort <= 12; cohort++)
            {
                var grade = cohort - (Year - semester.AcademicYear);
                if (grade < 10) continue;
                for (var section = 1; section <= Sections; section++)
                {
                    var code = DemoStudent.ClassCode(grade, section);
                    var name = Sections <= ClassNames.Length ? $"高{"一二三"[grade - 10]}{ClassNames[section - 1]}" : $"高{"一二三"[grade - 10]}{section:00}班";
                    Classes.Add(new DemoClass(semester, code, grade, name, tutors[(cohort, section)]));
                    var list = _classCourses[(semester, code)] = [];
                    foreach (var subject in Curriculum.ForGrade(grade))
                        list.Add(AddCourse(semester, ++serial, subject, grade, Next(subject.Domain).No, code, null, schoolCode, section));
                }
                for (var g = 0; g < Sections; g++)
                {
                    var subject = Curriculum.Elective(grade, g);
                    _groupCourses[(semester, grade, g)] = AddCourse(semester, ++serial, subject, grade, Next(subject.Domain).No, null,
                        $"{subject.Name[..4]}{(char)('A' + g % 26)}{(g >= 26 ? (g / 26).ToString(CultureInfo.InvariantCulture) : "")}", schoolCode, g);
                }
                var cohortStudents = Students.Where(s => s.Grade == cohort).OrderBy(s => s.Index).ToList();
                var random = Seeds.Stream(seed, 4, semester.AcademicYear, semester.Term, cohort);
                var shuffled = cohortStudents.OrderBy(_ => random.Next()).ToList();
                for (var i = 0; i < shuffled.Count; i++) _groupOf[(semester, shuffled[i].Index)] = i % Sections;
            }
        }
    }

    private DemoCourse AddCourse(Semester semester, int serial, Subject subject, int grade, string teacher,
        string? classCode, string? group, string schoolCode, int variant)
    {
        var entry = semester.AcademicYear - (grade - 10);
        var school = schoolCode.PadLeft(6, '0')[^6..];
        var subjectNo = Math.Abs(subject.Name.Aggregate(17, (h, c) => h * 31 + c)) % 100;
        // 23 characters like the national 課程代碼: 入學年度, 學校代碼, 部別, 學制/群科, 課程類別, 科目, 年級, 學分, 學期, 序.
        var code = $"{entry:000}{school}H3010{subject.Kind}{subjectNo:00}{grade:00}{subject.Credits % 10}{semester.Term}{variant % 100:00}";
        var course = new DemoCourse(semester, Courses.Count, $"{semester}-{serial:0000}", code, subject.Name, subject.Credits,
            grade, teacher, classCode, group);
        Courses.Add(course);
        return course;
    }

    private void AddEnrolmentChanges(Random random)
    {
        var n = Students.Count;
        var pool = Students.OrderBy(_ => random.Next()).ToList();
        var next = 0;
        DemoStudent Take() => pool[next++ % pool.Count];
        DateOnly Day(string from, string to)
        {
            var a = RocDate.ParseDate(from);
            var b = RocDate.ParseDate(to);
            var d = a.AddDays(random.Next(b.DayNumber - a.DayNumber + 1));
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            return d;
        }
        var transfers = Math.Max(1, (int)Math.Round(n * 0.004));
        for (var i = 0; i < transfers; i++)
        {
            var a = Take();
            a.JoinedOn = Day($"{Year}.09.15", $"{Year}.12.15");
            a.ChangeNote = "轉入";
            TransfersIn.Add(a);
            var b = Take();
            b.JoinedOn = Day($"{Year + 1}.02.20", $"{Year + 1}.04.28");
            b.ChangeNote = "轉入";
            TransfersIn.Add(b);
            var c = Take();
            c.LeftOn = Day($"{Year}.09.20", $"{Year + 1}.01.10");
            c.ChangeNote = "轉出";
            var d = Take();
            d.LeftOn = Day($"{Year + 1}.02.20", $"{Year + 1}.05.05");
            d.ChangeNote = "轉出";
        }
        for (var i = 0; i < Math.Max(1, (int)Math.Round(n * 0.003)); i++)
        {
            var s = Take();
            s.LeftOn = Day($"{Year + 1}.03.01", $"{Year + 1}.04.28");
            s.ChangeNote = "休學";
        }
        for (var i = 0; i < Math.Max(1, (int)Math.Round(n * 0.001)); i++)
        {
            var s = Take();
            s.LeftOn = Day($"{Year}.10.03", $"{Year}.11.30");
            s.ReturnedOn = new DateOnly(Year + 1912, 2, 13);
            s.ChangeNote = "休學";
        }
        // A few students upload and select more than the caps allow; grade 12 has the most to select from.
        foreach (var s in Students.Where(s => s.Grade == 12 && s.ChangeNote is null && s.Pace != Pace.Disengaged)
                     .OrderBy(_ => random.Next()).Take(Math.Max(2, n / 400)))
            s.OverCap = true;
    }
}

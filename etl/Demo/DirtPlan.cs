namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// The few deliberately bad rows, each of a kind registry staff meet in real exports: a 身分證號 typed with a wrong
/// check digit (on a student who joined recently, so little hangs on it), a student exported twice with different
/// values, a placement in a class that does not exist, and a certification time with a doubled separator.
/// </summary>
internal sealed class DirtPlan
{
    public required DemoStudent BadId { get; init; }
    public required DemoStudent Duplicate { get; init; }
    public required DemoStudent UnknownClass { get; init; }
    public required DemoStudent Typo { get; init; }

    public static DirtPlan Choose(DemoRoster roster)
    {
        var secondTerm = new DateOnly(roster.Year + 1912, 2, 1);
        var badId = roster.TransfersIn.Where(s => s.JoinedOn >= secondTerm).OrderBy(s => s.Grade == 12).ThenBy(s => s.Index).FirstOrDefault()
                    ?? roster.TransfersIn[0];
        var plain = roster.Students.Where(s => s.ChangeNote is null && !s.OverCap && s.Pace == Pace.Normal).ToList();
        return new DirtPlan
        {
            BadId = badId,
            Duplicate = plain[plain.Count / 3],
            UnknownClass = plain[plain.Count / 2],
            Typo = plain[plain.Count * 2 / 3],
        };
    }

    public void CorruptId(DemoStudent s)
    {
        var last = (char)('0' + (s.NationalId[9] - '0' + 3) % 10);
        s.NationalId = s.NationalId[..9] + last;
    }

    public void WriteDuplicate(DemoStudent s, DemoExportFiles files, List<DemoDirt> dirt)
    {
        var line = files.Students.NextLine;
        DemoSchool.WriteStudent(s, files, phone: "02-2932-3118");
        dirt.Add(new DemoDirt("students", files.Students.FileName, line, $"學號 {s.No} 出現兩次，家長電話不同", "重複的學號且內容不同"));
    }

    public void WriteUnknownClass(DemoStudent s, DemoRoster roster, DemoExportFiles files, List<DemoDirt> dirt)
    {
        var semester = roster.Semesters[^1];
        var code = DemoStudent.ClassCode(s.GradeIn(semester, roster.Year), roster.Sections + 1);
        var line = files.ClassAssignments.NextLine;
        files.ClassAssignments.Row(semester.AcademicYear.ToString(), semester.Term.ToString(), s.No, code, "99");
        dirt.Add(new DemoDirt("class_assignments", files.ClassAssignments.FileName, line,
            $"學號 {s.No} 在 {semester} 被編入不存在的班級 {code}", "查無班級"));
    }

    public void RecordCascade(DemoStudent s, DemoExportFiles files, Dictionary<string, long> before, List<DemoDirt> dirt)
    {
        dirt.Add(new DemoDirt("students", files.Students.FileName, files.Students.NextLine - 1,
            $"學號 {s.No}（{(s.JoinedOn is { } j ? DemoDates.Dot(j) : "")} 轉入）的身分證號檢查碼錯誤", "身分證號檢查碼錯誤"));
        foreach (var f in files.All)
        {
            var n = f.Rows - before[f.Kind];
            if (f.Kind == "students" || n == 0) continue;
            dirt.Add(new DemoDirt(f.Kind, f.FileName, 0, $"學號 {s.No} 的 {n} 筆資料：其學生資料因身分證號錯誤被拒", "查無學生"));
        }
    }
}

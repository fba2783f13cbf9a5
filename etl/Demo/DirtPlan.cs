namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// The few deliberately bad rows, each of a kind registry staff meet in real exports: a 身分證號 typed with a wrong
/// check digit and a student entered twice with different values (both on students who transferred in recently, so
/// little hangs on them — everything that does is rejected with them), a placement in a class that does not exist,
/// and a certification time with a doubled separator.
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
        var recent = roster.TransfersIn.Where(s => s.JoinedOn >= secondTerm).OrderBy(s => s.Grade == 12).ThenBy(s => s.Index).ToList();
        var plain = roster.Students.Where(s => s.ChangeNote is null && !s.OverCap && s.Pace == Pace.Normal).ToList();
        return new DirtPlan
        {
            BadId = recent.Count > 0 ? recent[0] : roster.TransfersIn[0],
            Duplicate = recent.Count > 1 ? recent[1] : plain[plain.Count / 3],
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
        dirt.Add(new DemoDirt("students", files.Students.FileName, line, 2,
            $"轉入生學號 {s.No} 建檔兩次（第 {line - 1}、{line} 行），家長電話不同：兩列都無法採用", "duplicate_conflict"));
    }

    /// <summary>The student's other rows fall with the rejected student row: unknown student, or unknown artifact for certifications.</summary>
    public void RecordCascade(DemoStudent s, DemoExportFiles files, Dictionary<string, long> before, List<DemoDirt> dirt)
    {
        var why = s == BadId ? "身分證號檢查碼錯誤" : "重複建檔";
        if (s == BadId)
            dirt.Add(new DemoDirt("students", files.Students.FileName, files.Students.NextLine - 1, 1,
                $"轉入生學號 {s.No} 的身分證號檢查碼錯誤", "bad_national_id"));
        foreach (var f in files.All)
        {
            var n = f.Rows - before[f.Kind];
            if (f.Kind == "students" || n == 0) continue;
            // Receipts carry the 身分證號 itself, so the bad one fails there on its own account.
            var code = f.Kind switch
            {
                "certifications" => "unknown_artifact",
                "receipts" when s == BadId => "bad_national_id",
                _ => "unknown_student",
            };
            dirt.Add(new DemoDirt(f.Kind, f.FileName, 0, n, $"學號 {s.No} 的 {n} 筆資料，隨其學生資料（{why}）一併被拒", code));
        }
    }
}

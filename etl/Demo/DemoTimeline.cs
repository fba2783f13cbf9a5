using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// A window students or staff aim at. Where several phases cover the same work (靜心's 111-1 table says uploads end
/// 112.02.03, its 111-2 table extends grades 10–11 to 112.02.13), people aim at the first deadline and stragglers
/// trickle in until the last.
/// </summary>
internal sealed record Window(DateTime Start, DateTime FirstEnd, DateTime LastEnd);

/// <summary>The resolved phases, asked the questions the generator needs: which window applies to whom.</summary>
internal sealed class DemoTimeline(IReadOnlyList<Phase> phases)
{
    public static readonly string[] DefaultCategories = ["基本資料", "修課紀錄", "課程學習成果", "多元表現"];

    /// <summary>The 資料類別 a 提交 can carry (docs/source-format.md).</summary>
    public static readonly string[] DataCategories = [.. DefaultCategories, "幹部經歷"];

    public IReadOnlyList<Phase> Phases => phases;

    /// <summary>Artifact upload, certification or achievement upload window for data semester and grade (grade in 111).</summary>
    public Window? For(PhaseKind kind, Semester data, int grade) =>
        Merge(phases.Where(p => p.Kind == kind && p.Semester == data && Targets(p, grade)));

    /// <summary>Selection window for the 學年 of <paramref name="year"/>.</summary>
    public Window? Selection(int year, int grade) =>
        Merge(phases.Where(p => p.Kind == PhaseKind.Selection && p.Semester.AcademicYear == year && Targets(p, grade)));

    /// <summary>Unit tasks that submit data to the 中央資料庫, with the categories each submits.</summary>
    public IEnumerable<(Phase Phase, IReadOnlyList<string> Categories)> Submissions() =>
        phases.Where(p => p.Kind == PhaseKind.UnitTask && p.Title.Contains("提交") && p.Category != "收訖明細")
            .Select(p => (p, (IReadOnlyList<string>)(p.Category is { } c ? [c] : DefaultCategories)));

    /// <summary>
    /// Unit tasks that enter data of a category in the admin system (登錄 幹部經歷, 修課紀錄 …): the system lists the
    /// finished entry among its 提交 records. The metrics count such a task by its evidence instead (幹部經歷 entered,
    /// or an attestation: DemoAttestations).
    /// </summary>
    public IEnumerable<Phase> Registrations() =>
        phases.Where(p => p.Kind == PhaseKind.UnitTask && !p.Title.Contains("提交") && p.Category is { } c && DataCategories.Contains(c));

    public IEnumerable<Phase> ReceiptConfirmations() => phases.Where(p => p.Kind == PhaseKind.ReceiptConfirmation);

    /// <summary>When 訓育組 registers the semester's 幹部經歷, if the schedule says.</summary>
    public Window? CadreRegistration(Semester semester) =>
        Merge(phases.Where(p => p.Kind == PhaseKind.UnitTask && p.Semester == semester && !p.Title.Contains("提交")
                                && (p.Category == "幹部經歷" || p.Title.Contains("幹部"))));

    private static bool Targets(Phase p, int grade) => p.Grades.Count == 0 || p.Grades.Contains(grade);

    private static Window? Merge(IEnumerable<Phase> matching)
    {
        var list = matching.ToList();
        return list.Count == 0 ? null : new Window(list.Min(p => p.Start), list.Min(p => p.End), list.Max(p => p.End));
    }
}

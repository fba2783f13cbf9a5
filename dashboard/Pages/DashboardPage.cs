using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using AsOf_ = PortfolioAnalytics.Warehouse.Calendar.AsOf;

namespace PortfolioAnalytics.Dashboard.Pages;

/// <summary>
/// What every data page shares: the filters in the URL (so a view can be bookmarked and sent), the signed-in user,
/// and the metrics as that user may see them.
/// </summary>
public abstract class DashboardPage : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sem")] public string? SemText { get; set; }
    [BindProperty(SupportsGet = true, Name = "asof")] public string? AsOfText { get; set; }
    [BindProperty(SupportsGet = true, Name = "phase")] public string? PhaseId { get; set; }
    [BindProperty(SupportsGet = true, Name = "grade")] public int? Grade { get; set; }
    [BindProperty(SupportsGet = true, Name = "class")] public string? ClassCode { get; set; }
    [BindProperty(SupportsGet = true, Name = "teacher")] public string? Teacher { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "export")] public string? Export { get; set; }

    public Semester Semester { get; private set; }
    public DateTime AsOf { get; private set; }
    public DateTime Now { get; private set; }
    public bool AsOfGiven { get; private set; }
    public CurrentUser Me { get; private set; } = null!;
    public ScopedMetrics Metrics { get; private set; } = null!;

    /// <summary>The school this request is about (<see cref="SchoolChoice"/>); pages ask its metrics, never another's.</summary>
    public SchoolServices School { get; private set; } = null!;

    /// <summary>Whether the request's school is the bureau's or an administrator's drill-down choice among many.</summary>
    public bool SchoolChosen { get; private set; }

    /// <summary>Pages about one school (all but the roll-up and the accounts) need one; the others use the first.</summary>
    protected virtual bool NeedsSchool => true;
    public IReadOnlyList<Semester> Semesters { get; private set; } = [];
    public List<string> Problems { get; } = [];

    /// <summary>The phase the URL asked for when the semester has no such phase (the page said so and shows none).</summary>
    public string? UnknownPhase { get; private set; }

    protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        Me = CurrentUser.From(User) ?? throw new UnauthorizedAccessException();
        var schools = Service<SchoolRegistry>();
        var school = SchoolChoice.Resolve(schools, Me);
        if (school is null && NeedsSchool)
        {
            context.Result = NoSchool(Me);
            return;
        }
        School = school ?? schools.Default;
        SchoolChosen = schools.Many && school is not null && Me.ChoosesSchool && Me.ChosenSchool == school.Code;
        var defaults = School.Semesters;
        Now = Service<Clock>().Now;
        Semesters = defaults.Available();
        var bad = BadQueryValues(context);
        if (SemText is not null && Semester.TryParse(SemText, out var s)) Semester = s;
        else
        {
            if (SemText is not null) bad.Add($"學期「{SemText}」格式應為 111-1");
            Semester = defaults.Current();
        }
        // "Now" means the end of today: the warehouse holds nothing later than now, so the answer is the same all day
        // and the metrics cache can serve it until the next load.
        AsOf = AsOf_.EndOfDay(DateOnly.FromDateTime(Now));
        if (!string.IsNullOrWhiteSpace(AsOfText))
        {
            if (AsOf_.TryParse(AsOfText, Service<Clock>(), out var moment, out var error))
            {
                AsOf = moment;
                AsOfGiven = true;
            }
            else bad.Add($"基準日：{error}");
        }
        if (Status is { Length: > 0 } && StatusOptions.All(o => o.Value != Status))
            bad.Add($"狀態「{Status}」不存在（可用：{string.Join("、", StatusOptions.Select(o => $"{o.Value}＝{o.Label}"))}）");
        bad.AddRange(CheckParameters());
        if (bad.Count > 0)
        {
            // A malformed parameter is answered with a zh-TW 400 page naming it, never with another view than asked.
            Hosting.ErrorPage.BadRequest(HttpContext, bad);
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }
        if (PhaseId is not null && Phases().All(p => p.Id != PhaseId))
        {
            Problems.Add($"{Semester.ToChinese()}沒有代號為「{PhaseId}」的階段，改顯示所有階段；請從上方「階段」選單選擇"
                         + $"（可用：{string.Join("、", Phases().Select(p => p.Title))}）。");
            UnknownPhase = PhaseId;
            PhaseId = null;
        }
        // A well-formed class or grade the semester does not have: said on the page, and the lists stay empty for it
        // rather than silently showing every class.
        var classes = School.Metrics.Classes(Semester);
        if (ClassCode is not null && classes.All(c => c.ClassCode != ClassCode))
            Problems.Add($"{Semester.ToChinese()}沒有「{ClassCode}」班，以下沒有資料；請從上方「班級」選單選擇。");
        if (Grade is not null && classes.All(c => c.Grade != Grade))
            Problems.Add($"{Semester.ToChinese()}沒有 {Grade} 年級的班級，以下沒有資料；請從上方「年級」選單選擇。");
        var scope = School.Scopes.Resolve(Me.Role, Me.StaffNo, Semester, AsOf);
        Metrics = new ScopedMetrics(School.Metrics, scope);
    }

    /// <summary>The bureau and administrators choose a school first; any other account without one is refused.</summary>
    private IActionResult NoSchool(CurrentUser me)
    {
        if (me.ChoosesSchool) return Redirect("/Bureau");
        Hosting.ErrorPage.BadRequest(HttpContext, ["此帳號尚未指定所屬學校，請洽系統管理員於「帳號管理」設定。"]);
        return new StatusCodeResult(StatusCodes.Status403Forbidden);
    }

    /// <summary>A page's own malformed parameters, in zh-TW: answered with the 400 page like the shared ones.</summary>
    protected virtual IEnumerable<string> CheckParameters() => [];

    /// <summary>The status= values this page understands (追蹤名單 filters by risk level instead).</summary>
    protected virtual IReadOnlyList<(string Value, string Label)> StatusOptions => StatusFilter.Options;

    /// <summary>The query parameters that could not be bound to their type (grade=abc, load=x), in zh-TW.</summary>
    private static List<string> BadQueryValues(PageHandlerExecutingContext context) =>
        context.ModelState.Where(e => e.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
                                      && context.HttpContext.Request.Query.ContainsKey(e.Key))
            .Select(e => $"參數「{e.Key}」的值「{context.HttpContext.Request.Query[e.Key]}」格式不符（應為數字）")
            .ToList();

    private IReadOnlyList<Phase>? _phases;

    public IReadOnlyList<Phase> Phases() => _phases ??= School.Metrics.Phases(Semester);

    /// <summary>A link keeping the semester and as-of moment, with the given parameters set (null drops one).</summary>
    public string Href(string path, params (string Key, object? Value)[] set)
    {
        var query = new Dictionary<string, string?>();
        if (SemText is not null) query["sem"] = Semester.ToString();
        if (AsOfGiven) query["asof"] = AsOfParameter;
        foreach (var (key, value) in set)
            query[key] = value switch { null => null, IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => value.ToString() };
        var qs = string.Join("&", query.Where(kv => !string.IsNullOrEmpty(kv.Value))
            .Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value!)}"));
        var sep = path.Contains('?') ? "&" : "?";
        return qs.Length == 0 ? path : path + sep + qs;
    }

    /// <summary>The as-of moment as the URL writes it: the day alone for the end of a day, else to the second.</summary>
    public string AsOfParameter => AsOf.TimeOfDay == new TimeSpan(23, 59, 59)
        ? AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : AsOf.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>This very view as an XLSX download of one of its tables.</summary>
    public string ExportHref(string key)
    {
        var query = Request.Query.Where(q => q.Key != "export")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"export={Uri.EscapeDataString(key)}");
        return Request.Path + "?" + string.Join("&", query);
    }

    /// <summary>The XLSX file when the URL asks for one of <paramref name="tables"/>; null to render the page.</summary>
    protected IActionResult? ExportIfAsked(params DataTable[] tables)
    {
        if (Export is null) return null;
        var table = tables.FirstOrDefault(t => t.Key == Export);
        if (table is null)
        {
            Hosting.ErrorPage.BadRequest(HttpContext,
                [$"此頁沒有名為「{Export}」的表格可下載（可用：{string.Join("、", tables.Select(t => $"{t.Key}＝{t.Title}"))}）"]);
            return StatusCode(StatusCodes.Status400BadRequest);
        }
        var subtitle = $"{Semester.ToChinese()}，基準時間 {Fmt.DateTime(AsOf)}，匯出者 {Me.DisplayName}";
        return File(XlsxExport.Build(table, subtitle), XlsxExport.ContentType, $"{table.Title}-{Semester}.xlsx");
    }

    public string PhaseState(Phase p) =>
        AsOf < p.Start ? "未開始" : AsOf <= p.End ? "進行中" : "已截止";

    /// <summary>未到期 / 即將截止 / 已逾期 / 已完成 (the metrics' rule), for colours.</summary>
    public DeadlineState State(Phase p, CompletionCounts counts) => DeadlineStates.Of(p, counts, AsOf, School.Config.DueSoonDays);

    /// <summary>What a phase counts: artifacts for certification, the task itself for a unit task or attested item, else students.</summary>
    public static string PhaseUnit(Phase p) => p.Kind switch
    {
        PhaseKind.Certification => "件",
        PhaseKind.UnitTask or PhaseKind.Attested => "項",
        _ => "人",
    };
}

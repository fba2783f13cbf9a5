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
    public IReadOnlyList<Semester> Semesters { get; private set; } = [];
    public List<string> Problems { get; } = [];

    protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        Me = CurrentUser.From(User) ?? throw new UnauthorizedAccessException();
        var defaults = Service<SemesterDefaults>();
        Now = Service<Clock>().Now;
        Semesters = defaults.Available();
        if (SemText is not null && Semester.TryParse(SemText, out var s)) Semester = s;
        else
        {
            if (SemText is not null) Problems.Add($"學期「{SemText}」格式應為 111-1，改顯示目前學期");
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
            else Problems.Add(error!);
        }
        if (PhaseId is not null && Phases().All(p => p.Id != PhaseId))
        {
            Problems.Add($"{Semester.ToChinese()}沒有此階段（{PhaseId}），改顯示所有階段");
            PhaseId = null;
        }
        var scope = Service<ScopeResolver>().Resolve(Me.Role, Me.StaffNo, Semester, AsOf);
        Metrics = new ScopedMetrics(Service<IMetrics>(), scope);
    }

    private IReadOnlyList<Phase>? _phases;

    public IReadOnlyList<Phase> Phases() => _phases ??= Service<IMetrics>().Phases(Semester);

    /// <summary>A link keeping the semester and as-of moment, with the given parameters set (null drops one).</summary>
    public string Href(string path, params (string Key, object? Value)[] set)
    {
        var query = new Dictionary<string, string?>();
        if (SemText is not null) query["sem"] = Semester.ToString();
        if (AsOfGiven) query["asof"] = DateOnly.FromDateTime(AsOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (key, value) in set)
            query[key] = value switch { null => null, IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => value.ToString() };
        var qs = string.Join("&", query.Where(kv => !string.IsNullOrEmpty(kv.Value))
            .Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value!)}"));
        var sep = path.Contains('?') ? "&" : "?";
        return qs.Length == 0 ? path : path + sep + qs;
    }

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
        if (table is null) return NotFound();
        var subtitle = $"{Semester.ToChinese()}，基準時間 {Fmt.DateTime(AsOf)}，匯出者 {Me.DisplayName}";
        return File(XlsxExport.Build(table, subtitle), XlsxExport.ContentType, $"{table.Title}-{Semester}.xlsx");
    }

    public string PhaseState(Phase p) =>
        AsOf < p.Start ? "未開始" : AsOf <= p.End ? "進行中" : "已截止";
}

using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioAnalytics.Dashboard.Output;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary><c>portfolio schedule --school jingxin --semester 111-1</c>: the semester's phases with ROC dates.</summary>
internal static class ScheduleCommand
{
    public static Command Create()
    {
        var school = SchoolOption.Create("；有 --warehouse 且倉儲只有一所學校時可省略");
        var warehouse = new Option<FileInfo>("--warehouse") { Description = "倉儲檔（DuckDB）：使用最近一次載入時的學校設定" };
        var semester = new Option<string>("--semester") { Description = "學期，例如 111-1", Required = true };
        var format = new Option<string>("--format") { Description = "輸出格式：table（預設）或 json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("schedule", "列出學校作業日程表（已換算日期）") { school, warehouse, semester, format };
        command.SetAction(parse =>
        {
            if (!Semester.TryParse(parse.GetValue(semester), out var term))
            {
                Console.Error.WriteLine($"學期格式應為「111-1」，收到「{parse.GetValue(semester)}」");
                return 2;
            }
            SchoolConfig config;
            try
            {
                config = LoadConfig(parse.GetValue(school), parse.GetValue(warehouse));
            }
            catch (Exception e) when (e is SchoolConfigException or FileNotFoundException or ArgumentException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            Console.Write(parse.GetValue(format) == "json" ? Json(config, term) : Render(config, term));
            return 0;
        });
        return command;
    }

    private static SchoolConfig LoadConfig(string? school, FileInfo? warehouse)
    {
        if (warehouse is null)
            return school is not null ? SchoolCatalog.Load(school) : throw new ArgumentException("請以 --school 指定學校設定，或以 --warehouse 指定倉儲檔");
        if (!warehouse.Exists) throw new FileNotFoundException($"倉儲檔「{warehouse.FullName}」不存在");
        using var db = WarehouseDb.Open(warehouse.FullName);
        return SchoolOption.Resolve(db, school);
    }

    internal static string Render(SchoolConfig config, Semester semester)
    {
        var phases = ScheduleResolver.Resolve(config, semester);
        var writer = new StringWriter();
        var title = config.Schedules.FirstOrDefault(s => s.Semester == semester) is { } s
            ? s.Title + (s.Adopted is null ? "" : $"（{s.Adopted}）")
            : $"{config.Name} {semester.ToChinese()}作業日程表";
        writer.WriteLine(title);
        var builtIn = EventCalendar.Implicit(semester);
        if (config.CalendarFor(semester) is { } calendar && calendar.Events.Keys.Any(k => !builtIn.ContainsKey(k)))
            writer.WriteLine("行事曆：" + string.Join("；", calendar.Events.Where(e => !builtIn.ContainsKey(e.Key)).Select(e => $"{e.Key} {Days(e.Value.Start, e.Value.End)}")));
        if (phases.Count == 0)
        {
            writer.WriteLine($"（{semester.ToChinese()}沒有設定任何階段；設定檔中有：{string.Join("、", config.ScheduledSemesters)}）");
            return writer.ToString();
        }
        foreach (var group in phases.GroupBy(p => p.Source))
        {
            writer.WriteLine();
            writer.WriteLine(group.Key == PhaseSources.Schedule ? "【作業日程表】" : "【執行檢核表所列、日程表未列之項目】");
            var relative = group.Any(p => p.Rule is not null);
            var table = relative
                ? new TextTable("期間", "依據", "相關作業內容", "對象", "負責單位", "資料學期", "種類", "檢核表", "代號")
                : new TextTable("期間", "相關作業內容", "對象", "負責單位", "資料學期", "種類", "檢核表", "代號");
            foreach (var p in group.OrderBy(p => p.Source == PhaseSources.Schedule ? DateOnly.MinValue : p.EndDate))
            {
                string[] cells = [Window(p), p.Title, Grades(p.Grades), string.Join("、", p.ResponsibleUnits), p.Semester.ToString(),
                    p.Kind.ToChinese() + (p.Minimum > 1 ? $"（至少 {p.Minimum} 件）" : ""),
                    string.Join("；", (p.ChecklistRefs ?? []).Select(r => r.ToString())), p.Id];
                table.Add(relative ? [cells[0], p.Rule ?? "", .. cells[1..]] : cells);
            }
            writer.Write(table);
        }
        writer.WriteLine();
        writer.WriteLine($"共 {phases.Count} 個階段；期間含首尾兩日，截止時間為末日 23:59:59。");
        AssumedStarts(writer, phases, semester);
        return writer.ToString();
    }

    /// <summary>
    /// Deadline-only phases (「111.09.16 前」) have no start in the school file: the metrics count from the start of
    /// the semester whose schedule lists them (or from the deadline, if that comes first). Say so, and how to change it.
    /// </summary>
    private static void AssumedStarts(TextWriter writer, IReadOnlyList<Phase> phases, Semester semester)
    {
        var assumed = phases.Where(p => p.DeadlineOnly).ToList();
        if (assumed.Count == 0) return;
        writer.WriteLine();
        writer.WriteLine($"注意：下列 {assumed.Count} 個階段只有截止日，開始日假設為{semester.ToChinese()}開始日 {RocDate.Format(semester.StartsOn)}"
            + "（截止日較早者自截止日當天起算）；要指定開始日，請在學校設定中將該階段的 due: 改寫為 start: 與 end:。");
        foreach (var p in assumed)
            writer.WriteLine($"  - {p.Id}「{p.Title}」：假設自 {RocDate.Format(p.StartDate)} 起，至 {RocDate.Format(p.EndDate)} 截止");
    }

    /// <summary>The phases as JSON (field names documented in the README under 「學校設定與作業日程表」).</summary>
    internal static string Json(SchoolConfig config, Semester semester)
    {
        var phases = ScheduleResolver.Resolve(config, semester).Select(p => new
        {
            id = p.Id,
            kind = p.Kind.ToString(),
            kind_name = p.Kind.ToChinese(),
            title = p.Title,
            data_semester = p.Semester.ToString(),
            scheduled_in = semester.ToString(),
            start = p.Start.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            end = p.End.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            start_roc = RocDate.Format(p.StartDate),
            end_roc = RocDate.Format(p.EndDate),
            deadline_only = p.DeadlineOnly,
            grades = p.Grades,
            units = p.ResponsibleUnits,
            people = p.ResponsiblePeople ?? [],
            minimum = p.Minimum,
            upload_phase_id = p.UploadPhaseId,
            category = p.Category,
            action = p.Action,
            source = p.Source,
            rule = p.Rule,
            checklist = (p.ChecklistRefs ?? []).Select(r => new { grade_group = r.GradeGroup, section = r.Section, item = r.Item }),
        });
        return JsonSerializer.Serialize(new { school = config.Code, school_name = config.Name, semester = semester.ToString(), phases }, JsonOptions) + "\n";
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Window(Phase p) =>
        p.DeadlineOnly ? $"{RocDate.Format(p.EndDate)} 前" : Days(p.StartDate, p.EndDate);

    private static string Days(DateOnly start, DateOnly end) =>
        start == end ? RocDate.Format(start) : $"{RocDate.Format(start)} 至 {RocDate.Format(end)}";

    internal static string Grades(IReadOnlyList<int> grades) =>
        grades.Count == 0 ? "—" : string.Join("、", grades.Select(g => g switch { 10 => "十", 11 => "十一", 12 => "十二", _ => g.ToString(System.Globalization.CultureInfo.InvariantCulture) })) + "年級";
}

using System.CommandLine;
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
        var school = new Option<string>("--school") { Description = "學校設定：內建名稱（jingxin、kaohsiung-commercial）或 .yaml 檔路徑" };
        var warehouse = new Option<FileInfo>("--warehouse") { Description = "倉儲檔（DuckDB）：使用最近一次載入時的學校設定" };
        var semester = new Option<string>("--semester") { Description = "學期，例如 111-1", Required = true };
        var command = new Command("schedule", "列出學校作業日程表（已換算日期）") { school, warehouse, semester };
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
            Console.Write(Render(config, term));
            return 0;
        });
        return command;
    }

    private static SchoolConfig LoadConfig(string? school, FileInfo? warehouse)
    {
        if (school is not null) return SchoolCatalog.Load(school);
        if (warehouse is null) throw new ArgumentException("請以 --school 指定學校設定，或以 --warehouse 指定倉儲檔");
        if (!warehouse.Exists) throw new FileNotFoundException($"倉儲檔「{warehouse.FullName}」不存在");
        using var db = WarehouseDb.Open(warehouse.FullName);
        return SchoolConfigStore.Load(db);
    }

    internal static string Render(SchoolConfig config, Semester semester)
    {
        var phases = ScheduleResolver.Resolve(config, semester);
        var writer = new StringWriter();
        var title = config.Schedules.FirstOrDefault(s => s.Semester == semester) is { } s
            ? s.Title + (s.Adopted is null ? "" : $"（{s.Adopted}）")
            : $"{config.Name} {semester.ToChinese()}作業日程表";
        writer.WriteLine(title);
        if (config.CalendarFor(semester) is { } calendar && calendar.Events.Count > 0)
            writer.WriteLine("行事曆：" + string.Join("；", calendar.Events.Select(e => $"{e.Key} {Days(e.Value.Start, e.Value.End)}")));
        if (phases.Count == 0)
        {
            writer.WriteLine($"（{semester.ToChinese()}沒有設定任何階段；設定檔中有：{string.Join("、", config.ScheduledSemesters)}）");
            return writer.ToString();
        }
        foreach (var group in phases.GroupBy(p => p.Source))
        {
            writer.WriteLine();
            writer.WriteLine(group.Key == PhaseSources.Schedule ? "【作業日程表】" : "【執行檢核表所列、日程表未列之項目】");
            var table = new TextTable("期間", "相關作業內容", "對象", "負責單位", "資料學期", "種類", "檢核表", "代號");
            foreach (var p in group.OrderBy(p => p.Source == PhaseSources.Schedule ? DateOnly.MinValue : p.EndDate))
                table.Add(Window(p), p.Title, Grades(p.Grades), string.Join("、", p.ResponsibleUnits), p.Semester.ToString(),
                    p.Kind.ToChinese() + (p.Minimum > 1 ? $"（至少 {p.Minimum} 件）" : ""),
                    string.Join("；", (p.ChecklistRefs ?? []).Select(r => r.ToString())), p.Id);
            writer.Write(table);
        }
        writer.WriteLine();
        writer.WriteLine($"共 {phases.Count} 個階段；期間含首尾兩日，截止時間為末日 23:59:59。");
        return writer.ToString();
    }

    private static string Window(Phase p) =>
        p.DeadlineOnly ? $"{RocDate.Format(p.EndDate)} 前" : Days(p.StartDate, p.EndDate);

    private static string Days(DateOnly start, DateOnly end) =>
        start == end ? RocDate.Format(start) : $"{RocDate.Format(start)} 至 {RocDate.Format(end)}";

    internal static string Grades(IReadOnlyList<int> grades) =>
        grades.Count == 0 ? "—" : string.Join("、", grades.Select(g => g switch { 10 => "十", 11 => "十一", 12 => "十二", _ => g.ToString(System.Globalization.CultureInfo.InvariantCulture) })) + "年級";
}

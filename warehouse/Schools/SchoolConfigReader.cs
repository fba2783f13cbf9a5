using System.Globalization;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// Reads a school's YAML file into a <see cref="SchoolConfig"/>, checking everything it can (unknown keys, dates,
/// event references, phase ids, window order, a window far outside its 學年) and throwing one
/// <see cref="SchoolConfigException"/> that lists every problem with file:line:column.
/// </summary>
public static class SchoolConfigReader
{
    private static readonly string[] TopKeys =
    [
        "code", "name", "short_name", "district", "divisions", "due_soon_days", "freshness", "leaver_retention", "caps", "units",
        "members", "deputies", "risk_rules", "award_thresholds", "column_aliases", "parent_letter_template", "events",
        "phase_templates", "schedules", "checklists", "source_database",
    ];

    private static readonly string[] PhaseKeys =
    [
        "id", "kind", "title", "data", "window", "start", "end", "due", "grades", "units", "people", "minimum",
        "certifies", "category", "action", "source", "terms", "evidence",
    ];

    /// <summary>The data categories a phase may name (domain.md; 收訖明細錯誤 = reported receipt errors handled).</summary>
    public static IReadOnlyList<string> Categories { get; } = ["基本資料", "修課紀錄", "課程學習成果", "多元表現", "幹部經歷", "收訖明細", "收訖明細錯誤"];

    public static SchoolConfig Read(string text, string file)
    {
        var f = new YamlFields(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new SchoolConfigException(
                [new ConfigError(file, (int)e.Start.Line, (int)e.Start.Column, $"YAML 格式錯誤：{e.InnerException?.Message ?? e.Message}")]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new SchoolConfigException([new ConfigError(file, 1, 1, "檔案應以「code: 學校代碼」等欄位開始")]);

        f.OnlyKeys(root, "", TopKeys);
        var calendars = ReadEvents(f, root);
        var templates = f.Seq(root, "phase_templates", "").Select(n => ReadPhase(f, n, null)).OfType<PhaseDefinition>().ToList();
        var schedules = f.Seq(root, "schedules", "").Select(n => ReadSchedule(f, n)).OfType<SemesterSchedule>().ToList();
        var checklistLines = new Dictionary<(int, ChecklistRef), int>();
        var checklist = ReadChecklists(f, root, checklistLines);
        var freshness = f.Map(root, "freshness", "");
        if (freshness is not null) f.OnlyKeys(freshness, "freshness ", "warn_days", "error_days");
        var retention = f.Map(root, "leaver_retention", "");
        if (retention is not null) f.OnlyKeys(retention, "leaver_retention ", "years", "days", "sealed");
        var retentionDays = retention is null ? (int?)null
            : f.Int(retention, "days", "leaver_retention ", 0, 36500) ?? f.Int(retention, "years", "leaver_retention ", 0, 100) * 365;

        var config = new SchoolConfig
        {
            Code = f.Str(root, "code", "", required: true) ?? "",
            Name = f.Str(root, "name", "", required: true) ?? "",
            ShortName = f.Str(root, "short_name", "") ?? "",
            District = f.Str(root, "district", "") is { Length: > 0 } district ? district : null,
            Divisions = f.Strings(root, "divisions", "") is { Count: > 0 } d ? d : ["日間部"],
            DueSoonDays = f.Int(root, "due_soon_days", "", 0, 60) ?? 7,
            FreshnessWarn = TimeSpan.FromDays(freshness is null ? 2 : f.Int(freshness, "warn_days", "freshness ", 0, 365) ?? 2),
            FreshnessError = TimeSpan.FromDays(freshness is null ? 7 : f.Int(freshness, "error_days", "freshness ", 0, 365) ?? 7),
            LeaverRetention = TimeSpan.FromDays(retentionDays ?? 365 * 3),
            LeaverDataSealed = retention is not null && (f.Bool(retention, "sealed", "leaver_retention ") ?? false),
            Caps = ReadCaps(f, root),
            Units = ReadUnits(f, root),
            Members = ReadMembers(f, root),
            Deputies = ReadDeputies(f, root),
            RiskRules = ReadRiskRules(f, root) is { Count: > 0 } r ? r : new SchoolConfig { Code = "", Name = "" }.RiskRules,
            AwardThresholds = ReadAwards(f, root),
            ColumnAliases = ReadAliases(f, root),
            ParentLetterTemplate = f.Str(root, "parent_letter_template", ""),
            EventCalendars = calendars,
            PhaseTemplates = templates,
            Schedules = schedules,
            Checklist = checklist,
            SourceText = text,
            SourceName = file,
        };
        if (config.FreshnessError < config.FreshnessWarn)
            f.Error(freshness, "freshness 的 error_days 應不小於 warn_days");

        CheckConsistency(f, config, checklistLines);
        if (f.Errors.Count > 0) throw new SchoolConfigException(f.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
        return config;
    }

    private static List<EventCalendar> ReadEvents(YamlFields f, YamlMappingNode root)
    {
        var result = new List<EventCalendar>();
        var events = f.Map(root, "events", "");
        if (events is null) return result;
        foreach (var (key, value) in events.Children)
        {
            var semText = (key as YamlScalarNode)?.Value ?? "";
            if (!Semester.TryParse(semText, out var semester))
            {
                f.Error(key, $"events 的學期「{semText}」格式應為「111-1」");
                continue;
            }
            if (value is not YamlMappingNode map)
            {
                f.Error(value, $"events {semText} 應為「事件名稱: 日期」的對照表");
                continue;
            }
            var dict = new Dictionary<string, SchoolEvent>();
            foreach (var (ek, ev) in map.Children)
            {
                var name = ((ek as YamlScalarNode)?.Value ?? "").Trim();
                var text = (ev as YamlScalarNode)?.Value ?? "";
                var parts = SplitRange(text);
                DateOnly start = default, end = default;
                string? error = null;
                var ok = parts.Length is 1 or 2
                    && RocDate.TryParseDate(parts[0], out start, out error)
                    && (parts.Length == 1 ? (end = start) == start : RocDate.TryParseDate(parts[1], out end, out error));
                if (!ok)
                {
                    f.Error(ev, $"事件「{name}」的日期：{error ?? $"「{text}」應為 112.01.19 或 111.11.28~111.11.30"}");
                    continue;
                }
                if (end < start)
                {
                    f.Error(ev, $"事件「{name}」的結束日 {RocDate.Format(end)} 早於開始日 {RocDate.Format(start)}");
                    continue;
                }
                dict[name] = new SchoolEvent(start, end);
            }
            result.Add(EventCalendar.Create(semester, dict));
        }
        return result;
    }

    private static string[] SplitRange(string text) =>
        text.Split(['~', '～', '至'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static SemesterSchedule? ReadSchedule(YamlFields f, YamlNode node)
    {
        var map = f.AsMap(node, "schedules 的每一項");
        if (map is null) return null;
        f.OnlyKeys(map, "作業日程表", "semester", "title", "adopted", "phases");
        var semText = f.Str(map, "semester", "作業日程表", required: true);
        if (semText is null) return null;
        if (!Semester.TryParse(semText, out var semester))
        {
            f.Error(f.Node(map, "semester"), $"學期「{semText}」格式應為「111-1」");
            return null;
        }
        var phases = f.Seq(map, "phases", $"{semText} 作業日程表", required: true)
            .Select(n => ReadPhase(f, n, semester)).OfType<PhaseDefinition>().ToList();
        return new SemesterSchedule(semester, f.Str(map, "title", "作業日程表") ?? semester.ToChinese() + "作業日程表",
            f.Str(map, "adopted", "作業日程表"), phases);
    }

    private static PhaseDefinition? ReadPhase(YamlFields f, YamlNode node, Semester? scheduleSemester)
    {
        var map = f.AsMap(node, "階段");
        if (map is null) return null;
        var id = f.Str(map, "id", "階段", required: true) ?? "";
        var where = $"階段「{id}」";
        f.OnlyKeys(map, where, PhaseKeys);

        var kindText = f.Str(map, "kind", where, required: true);
        var kind = PhaseKind.UnitTask;
        if (kindText is not null && !PhaseKindNames.TryParse(kindText, out kind))
            f.Error(f.Node(map, "kind"), $"{where}的種類「{kindText}」不存在（可用：{string.Join("、", PhaseKindNames.All)}）");

        Semester? data = null;
        var dataText = f.Str(map, "data", where, required: scheduleSemester is not null);
        if (dataText is not null)
        {
            // A bare 學年度 (「110」: 多元表現 of 110 學年) stands for its second term, where yearly data ends.
            if (int.TryParse(dataText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 300)
                data = new Semester(year, 2);
            else if (Semester.TryParse(dataText, out var s)) data = s;
            else f.Error(f.Node(map, "data"), $"{where}的資料學期「{dataText}」應為「110-2」或學年度「110」");
        }

        WindowPoint? start = null, end = null;
        var window = f.Str(map, "window", where);
        var due = f.Str(map, "due", where);
        var startText = f.Str(map, "start", where);
        var endText = f.Str(map, "end", where);
        var given = new[] { window, due, endText }.Count(x => x is not null);
        if (given != 1)
            f.Error(map, $"{where}應有且只有一種期間寫法：window（起~迄）、due（截止日）或 start/end");
        if (window is not null)
        {
            var parts = SplitRange(window);
            if (parts.Length != 2) f.Error(f.Node(map, "window"), $"{where}的期間「{window}」應寫成「111.08.01~111.08.15」");
            else
            {
                start = Point(f, f.Node(map, "window")!, parts[0], where);
                end = Point(f, f.Node(map, "window")!, parts[1], where);
            }
        }
        else if (due is not null) end = Point(f, f.Node(map, "due")!, due, where);
        else if (endText is not null)
        {
            end = Point(f, f.Node(map, "end")!, endText, where);
            if (startText is not null) start = Point(f, f.Node(map, "start")!, startText, where);
        }
        if (startText is not null && endText is null)
            f.Error(f.Node(map, "start"), $"{where}有 start 就要有 end");

        var grades = new List<int>();
        foreach (var g in f.Strings(map, "grades", where))
        {
            if (int.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out var grade) && grade is >= 10 and <= 12) grades.Add(grade);
            else f.Error(f.Node(map, "grades"), $"{where}的年級「{g}」應為 10、11 或 12");
        }
        var terms = f.Strings(map, "terms", where).Select(t => t is "1" ? 1 : t is "2" ? 2 : 0).ToList();
        if (terms.Contains(0)) f.Error(f.Node(map, "terms"), $"{where}的 terms 只能是 1 或 2");

        var source = f.Str(map, "source", where) ?? PhaseSources.Schedule;
        if (source is not (PhaseSources.Schedule or PhaseSources.Checklist))
            f.Error(f.Node(map, "source"), $"{where}的來源應為「{PhaseSources.Schedule}」或「{PhaseSources.Checklist}」");
        var certifies = f.Str(map, "certifies", where);
        var category = f.Str(map, "category", where);
        if (category is not null && !Categories.Contains(category))
            f.Error(f.Node(map, "category"), $"{where}的資料類別「{category}」不存在（可用：{string.Join("、", Categories)}）");
        if (kind == PhaseKind.Selection && category is not ("課程學習成果" or "多元表現"))
            f.Error(map, $"{where}是學生勾選，category 應為「課程學習成果」或「多元表現」");
        if (kind is not (PhaseKind.UnitTask or PhaseKind.Attested) && grades.Count == 0 && f.Node(map, "grades") is null)
            f.Error(map, $"{where}的對象是學生，需以 grades 指定年級");
        if (kind == PhaseKind.Certification && certifies is null)
            f.Error(map, $"{where}是教師認證，需以 certifies 指出認證哪一個上傳階段");

        var title = f.Str(map, "title", where, required: true) ?? id;
        var action = f.Str(map, "action", where);
        var evidence = ReadEvidence(f, map, where, kind, title, action, category);

        if (end is null) return null;
        return new PhaseDefinition(
            id, kind, title, data, start, end, grades,
            f.Strings(map, "units", where, required: true),
            f.Int(map, "minimum", where, 0, 100) ?? 1,
            certifies,
            category,
            action,
            f.Strings(map, "people", where) is { Count: > 0 } people ? people : null,
            source,
            terms.Count > 0 ? terms : null,
            (int)map.Start.Line,
            (int)map.Start.Column,
            evidence);
    }

    /// <summary>A unit task's <c>evidence</c> (submission, entry, attestation), or its default; null for other kinds.</summary>
    private static PhaseEvidence? ReadEvidence(YamlFields f, YamlMappingNode map, string where, PhaseKind kind, string title,
        string? action, string? category)
    {
        var text = f.Str(map, "evidence", where);
        var node = f.Node(map, "evidence");
        if (text is null) return kind == PhaseKind.UnitTask ? PhaseEvidences.Default(title, action, category) : null;
        if (kind != PhaseKind.UnitTask)
        {
            f.Error(node, $"{where}的 evidence 只適用於「單位登錄/提交」階段");
            return null;
        }
        if (!PhaseEvidences.TryParse(text, out var evidence))
        {
            f.Error(node, $"{where}的 evidence「{text}」不存在（可用：submission 提交、entry 登錄時間、attestation 人員登錄完成）");
            return null;
        }
        if (PhaseEvidences.Problem(evidence, category) is { } problem)
            f.Error(node, $"{where}的 evidence「{text}」：{problem}，本階段的 category 為「{category ?? "（未填）"}」");
        return evidence;
    }

    private static WindowPoint? Point(YamlFields f, YamlNode node, string text, string where)
    {
        if (WindowPoint.TryParse(text, out var p, out var error)) return p;
        f.Error(node, $"{where}的日期{error}");
        return null;
    }

    /// <summary>
    /// The 執行檢核表 rows. A checklist may serve several school years (<c>school_years: [111, 112]</c>): its phase ids
    /// then use <c>{year}</c> (<c>{year}-1.artifact-upload</c>).
    /// </summary>
    private static List<ChecklistRow> ReadChecklists(YamlFields f, YamlMappingNode root, Dictionary<(int, ChecklistRef), int> lines)
    {
        var rows = new List<ChecklistRow>();
        foreach (var node in f.Seq(root, "checklists", ""))
        {
            var map = f.AsMap(node, "checklists 的每一項");
            if (map is null) continue;
            f.OnlyKeys(map, "執行檢核表", "school_year", "school_years", "grade_group", "title", "rows");
            var years = new List<int>();
            if (f.Int(map, "school_year", "執行檢核表", 1, 300) is { } single) years.Add(single);
            foreach (var y in f.Strings(map, "school_years", "執行檢核表"))
            {
                if (int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 300) years.Add(year);
                else f.Error(f.Node(map, "school_years"), $"執行檢核表的學年度「{y}」應為 111 之類的整數");
            }
            if (years.Count == 0) f.Error(map, "執行檢核表缺少 school_year（或 school_years）");
            var group = f.Str(map, "grade_group", "執行檢核表", required: true) ?? "";
            foreach (var rowNode in f.Seq(map, "rows", $"執行檢核表（{group}）", required: true))
            {
                var row = f.AsMap(rowNode, "檢核表的每一列");
                if (row is null) continue;
                var where = $"檢核表（{group}）";
                f.OnlyKeys(row, where, "section", "item", "title", "units", "due", "phases");
                var section = f.Int(row, "section", where, 1, ChecklistSections.Titles.Count, required: true) ?? 0;
                var item = f.Int(row, "item", where, 1, 99, required: true) ?? 0;
                where = $"檢核表（{group}）{ChecklistSections.Numeral(section)}.{item}";
                var due = f.Strings(row, "due", where, required: true);
                foreach (var line in due)
                    if (ChecklistDueText.Check(line) is { } problem) f.Error(f.Node(row, "due"), $"{where}的完成日期{problem}");
                var phases = f.Strings(row, "phases", where, required: true);
                if (phases.Count == 0) f.Error(row, $"{where}至少要對應一個階段（行政/訓練項目用「行政/訓練」階段登錄）");
                var title = f.Str(row, "title", where, required: true) ?? "";
                var units = f.Strings(row, "units", where, required: true);
                foreach (var year in years)
                {
                    var yearText = year.ToString(CultureInfo.InvariantCulture);
                    var added = new ChecklistRow(year, group, section, item, title, units, due,
                        phases.Select(p => p.Replace("{year}", yearText, StringComparison.Ordinal)).ToList());
                    if (!lines.TryAdd((year, added.Ref), (int)row.Start.Line)) f.Error(row, $"{year} 學年度檢核表列 {added.Ref} 重複出現");
                    rows.Add(added);
                }
            }
        }
        return rows;
    }

    private static readonly string[] LegacyCapKeys =
        ["artifact_selections_per_year", "achievement_selections_per_year", "uploads_per_subject_per_semester", "achievement_uploads_per_year"];

    /// <summary>
    /// <c>caps</c>: a list (<c>- item: artifact_uploads, per: semester, max: 9, per_subject: false</c>), or the four
    /// fixed keys schools wrote before, which read into the same list.
    /// </summary>
    private static Caps ReadCaps(YamlFields f, YamlMappingNode root)
    {
        var node = f.Node(root, "caps");
        if (node is null) return new Caps();
        if (node is YamlMappingNode map)
        {
            f.OnlyKeys(map, "caps ", LegacyCapKeys);
            return new Caps(
                f.Int(map, "artifact_selections_per_year", "caps ", 0, Caps.NationalArtifactSelections) ?? Caps.NationalArtifactSelections,
                f.Int(map, "achievement_selections_per_year", "caps ", 0, Caps.NationalAchievementSelections) ?? Caps.NationalAchievementSelections,
                f.Int(map, "uploads_per_subject_per_semester", "caps ", 1, 100),
                f.Int(map, "achievement_uploads_per_year", "caps ", 1, 1000));
        }
        var list = new List<Cap>();
        foreach (var item in f.Seq(root, "caps", ""))
            if (ReadCap(f, item) is { } cap)
            {
                if (list.Any(c => c with { Max = 0 } == cap with { Max = 0 }))
                    f.Error(item, $"caps 中「{cap.Rule}」與前面的上限重複（同一項目、期間與是否分科只能有一個上限）");
                else list.Add(cap);
            }
        return new Caps(list);
    }

    private static Cap? ReadCap(YamlFields f, YamlNode node)
    {
        if (f.AsMap(node, "caps 的每一項") is not { } map) return null;
        const string where = "上限";
        f.OnlyKeys(map, where, "item", "per", "max", "per_subject");
        var itemText = f.Str(map, "item", where, required: true);
        var perText = f.Str(map, "per", where, required: true);
        var perSubject = f.Bool(map, "per_subject", where) ?? false;
        CapItem? item = itemText is not null && Cap.ItemKeys.TryGetValue(itemText, out var i) ? i : null;
        CapPeriod? per = perText is not null && Cap.PeriodKeys.TryGetValue(perText, out var p) ? p : null;
        if (itemText is not null && item is null)
            f.Error(f.Node(map, "item"), $"上限的項目「{itemText}」不存在（可用：artifact_uploads 上傳課程學習成果、artifact_selections 勾選課程學習成果、" +
                "achievement_uploads 上傳多元表現、achievement_selections 勾選多元表現）");
        if (perText is not null && per is null)
            f.Error(f.Node(map, "per"), $"上限的期間「{perText}」不存在（可用：school_year 每學年、semester 每學期）");
        var ceiling = item switch
        {
            CapItem.ArtifactSelections => Caps.NationalArtifactSelections,
            CapItem.AchievementSelections => Caps.NationalAchievementSelections,
            _ => 1000,
        };
        var max = f.Int(map, "max", where, 0, ceiling, required: true);
        if (perSubject && item is CapItem.AchievementUploads or CapItem.AchievementSelections)
            f.Error(f.Node(map, "per_subject"), "多元表現沒有科目，per_subject 只適用於 artifact_uploads 與 artifact_selections");
        return item is { } it && per is { } pe && max is { } m ? new Cap(it, pe, m, perSubject) : null;
    }

    private static List<Unit> ReadUnits(YamlFields f, YamlMappingNode root)
    {
        var list = new List<Unit>();
        foreach (var node in f.Seq(root, "units", ""))
        {
            if (f.AsMap(node, "units 的每一項") is not { } map) continue;
            f.OnlyKeys(map, "單位", "name", "office", "division", "duties");
            var name = f.Str(map, "name", "單位", required: true) ?? "";
            list.Add(new Unit(name, f.Str(map, "division", $"單位「{name}」") ?? "日間部",
                f.Strings(map, "duties", $"單位「{name}」"), f.Str(map, "office", $"單位「{name}」")));
        }
        return list;
    }

    private static List<GroupMember> ReadMembers(YamlFields f, YamlMappingNode root)
    {
        var list = new List<GroupMember>();
        foreach (var node in f.Seq(root, "members", ""))
        {
            if (f.AsMap(node, "members 的每一項") is not { } map) continue;
            f.OnlyKeys(map, "工作小組成員", "name", "role", "unit", "staff_no", "count");
            var name = f.Str(map, "name", "工作小組成員", required: true) ?? "";
            var count = f.Int(map, "count", $"成員「{name}」", 1, 20) ?? 1;
            for (var i = 1; i <= count; i++)
                list.Add(new GroupMember(count > 1 ? $"{name}（{i}）" : name, f.Str(map, "role", $"成員「{name}」") ?? "委員",
                    f.Str(map, "unit", $"成員「{name}」") ?? "", f.Str(map, "staff_no", $"成員「{name}」")));
        }
        return list;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadDeputies(YamlFields f, YamlMappingNode root)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>();
        var map = f.Map(root, "deputies", "");
        if (map is null) return result;
        foreach (var key in map.Children.Keys)
        {
            var staff = (key as YamlScalarNode)?.Value ?? "";
            result[staff] = f.Strings(map, staff, "deputies ");
        }
        return result;
    }

    private static List<RiskRule> ReadRiskRules(YamlFields f, YamlMappingNode root)
    {
        var list = new List<RiskRule>();
        foreach (var node in f.Seq(root, "risk_rules", ""))
        {
            if (f.AsMap(node, "risk_rules 的每一項") is not { } map) continue;
            f.OnlyKeys(map, "風險規則", "level", "overdue_phases", "no_certified_artifact_this_year");
            var levelText = f.Str(map, "level", "風險規則", required: true);
            RiskLevel? level = levelText switch { "警示" => RiskLevel.Warning, "提醒" => RiskLevel.Reminder, _ => null };
            if (level is null && levelText is not null) f.Error(f.Node(map, "level"), $"風險等級「{levelText}」應為「提醒」或「警示」");
            var overdue = f.Int(map, "overdue_phases", "風險規則", 1, 100);
            var noCertified = f.Bool(map, "no_certified_artifact_this_year", "風險規則") ?? false;
            if (overdue is null && !noCertified) f.Error(map, "風險規則需有 overdue_phases 或 no_certified_artifact_this_year: true");
            if (level is { } l) list.Add(new RiskRule(l, overdue, noCertified));
        }
        return list;
    }

    private static List<AwardThreshold> ReadAwards(YamlFields f, YamlMappingNode root)
    {
        var list = new List<AwardThreshold>();
        foreach (var node in f.Seq(root, "award_thresholds", ""))
        {
            if (f.AsMap(node, "award_thresholds 的每一項") is not { } map) continue;
            f.OnlyKeys(map, "敘獎標準", "role", "min_rate", "award");
            var role = f.Str(map, "role", "敘獎標準", required: true) ?? "";
            if (role is not ("unit" or "tutor" or "teacher" or "counselor"))
                f.Error(f.Node(map, "role"), $"敘獎標準的對象「{role}」應為 unit（單位）、tutor（導師）、teacher（任課教師）或 counselor（課諮師）");
            list.Add(new AwardThreshold(role, f.Decimal(map, "min_rate", "敘獎標準", 0, 1) ?? 1, f.Str(map, "award", "敘獎標準", required: true) ?? ""));
        }
        return list.OrderBy(a => a.Role, StringComparer.Ordinal).ThenByDescending(a => a.MinRate).ToList();
    }

    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAliases(YamlFields f, YamlMappingNode root)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        var map = f.Map(root, "column_aliases", "");
        if (map is null) return result;
        foreach (var key in map.Children.Keys)
        {
            var kind = (key as YamlScalarNode)?.Value ?? "";
            var inner = f.Map(map, kind, "column_aliases ");
            if (inner is null) continue;
            var columns = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var col in inner.Children.Keys)
            {
                var name = (col as YamlScalarNode)?.Value ?? "";
                columns[name] = f.Strings(inner, name, $"column_aliases {kind} ");
            }
            result[kind] = columns;
        }
        return result;
    }

    /// <summary>Cross-references: ids unique and known, windows resolvable, in order and inside their 學年.</summary>
    private static void CheckConsistency(YamlFields f, SchoolConfig config, Dictionary<(int, ChecklistRef), int> checklistLines)
    {
        var ids = new Dictionary<string, Phase>();
        foreach (var semester in config.ScheduledSemesters)
        {
            var (phases, problems) = ScheduleResolver.TryResolve(config, semester);
            foreach (var (line, column, message) in problems) f.Errors.Add(new ConfigError(f.File, line, column, message));
            foreach (var p in phases)
            {
                if (!ids.TryAdd(p.Id, p))
                    f.Errors.Add(new ConfigError(f.File, LineOf(config, p.Id), 1, $"階段代號「{p.Id}」重複，每個階段的 id 必須唯一（範本階段在每個學期各產生一次）"));
            }
        }
        foreach (var p in ids.Values)
        {
            if (p.UploadPhaseId is { } up && (!ids.TryGetValue(up, out var upload) || upload.Kind is not (PhaseKind.ArtifactUpload or PhaseKind.AchievementUpload)))
                f.Errors.Add(new ConfigError(f.File, LineOf(config, p.Id), 1, $"階段「{p.Id}」的 certifies「{up}」不是本檔的上傳階段"));
        }
        foreach (var row in config.Checklist)
            foreach (var id in row.PhaseIds.Where(id => !ids.ContainsKey(id)))
                f.Errors.Add(new ConfigError(f.File, checklistLines.GetValueOrDefault((row.SchoolYear, row.Ref)), 1, $"檢核表 {row.Ref} 對應的階段「{id}」不存在"));
    }

    private static int LineOf(SchoolConfig config, string id) =>
        config.Schedules.SelectMany(s => s.Phases).FirstOrDefault(p => p.Id == id)?.Line
        ?? config.PhaseTemplates.FirstOrDefault(p => config.EventCalendars.Any(c => ScheduleResolver.Expand(p.Id, c.Semester) == id))?.Line
        ?? 0;
}

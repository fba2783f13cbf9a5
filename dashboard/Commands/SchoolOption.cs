using System.CommandLine;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// <c>--school</c>, the same in every command: a school the warehouse holds (its code or name), a shipped
/// configuration's name (jingxin, kaohsiung-commercial) or the path of a school's YAML file. Left out, the warehouse's
/// one school; a warehouse of several schools needs it (<see cref="SchoolChoiceException"/> lists them).
/// </summary>
internal static class SchoolOption
{
    public const string Description = "學校：倉儲中的學校代碼或校名、內建設定名稱（jingxin、kaohsiung-commercial）或學校設定檔（YAML）路徑";

    public static Option<string?> Create(string? defaultsTo = null) => new("--school")
    {
        Description = Description + (defaultsTo ?? "；倉儲只有一所學校時可省略（用其最近一次載入的設定）"),
    };

    /// <summary>The chosen school's configuration: as the warehouse stored it, else the named file.</summary>
    public static SchoolConfig Resolve(WarehouseDb db, string? value)
    {
        var directory = new WarehouseSchools(db);
        if (value is not null && directory.Holds(value)) return directory.Config(value);
        var schools = directory.Schools();
        if (value is null)
        {
            if (schools.Count > 1) throw new SchoolChoiceException(ChooseMessage(schools));
            return SchoolConfigStore.Load(db);
        }
        var match = schools.FirstOrDefault(s => s.Code == value) ?? schools.FirstOrDefault(s => s.Name == value);
        return match is not null ? directory.Config(match.Code) : SchoolCatalog.Load(value);
    }

    /// <summary>「倉儲中有 2 所學校，請以 --school 指定其一」 and one line per school: code and name.</summary>
    public static string ChooseMessage(IReadOnlyList<SchoolEntry> schools) =>
        $"倉儲中有 {schools.Count} 所學校，請以 --school 指定其一（學校代碼或校名）：" + Environment.NewLine
        + string.Join(Environment.NewLine, schools.Select(s => $"  {s.Code}  {s.Name}{(s.District is null ? "" : $"（{s.District}）")}"));
}

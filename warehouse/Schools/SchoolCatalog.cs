namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// Finds a school's configuration: a shipped name (<c>jingxin</c>, <c>kaohsiung-commercial</c>) or a path to a
/// school's own YAML file. STUB until the configuration work lands: returns minimal configs.
/// </summary>
public static class SchoolCatalog
{
    public static IReadOnlyList<string> ShippedNames { get; } = ["jingxin", "kaohsiung-commercial"];

    public static SchoolConfig Load(string nameOrPath) => nameOrPath switch
    {
        "jingxin" => new SchoolConfig { Code = "413301", Name = "臺北市私立靜心高級中學" },
        "kaohsiung-commercial" => new SchoolConfig { Code = "533401", Name = "高雄市立高雄高級商業職業學校" },
        _ => throw new FileNotFoundException($"找不到學校設定「{nameOrPath}」"),
    };
}

using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>A directory of one school whose configuration is given (<c>portfolio serve --school</c>, a fresh warehouse).</summary>
internal sealed class OneSchool(SchoolConfig config) : ISchoolDirectory
{
    public IReadOnlyList<SchoolEntry> Schools() => [new(config.Code, config.Name, config.District)];

    public SchoolConfig Config(string schoolCode) => schoolCode == config.Code
        ? config
        : throw new InvalidOperationException($"此儀表板只服務學校代碼 {config.Code}，沒有 {schoolCode}");
}

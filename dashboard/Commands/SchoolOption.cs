using System.CommandLine;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// <c>--school</c>, the same in every command: a shipped configuration's name (jingxin, kaohsiung-commercial) or the
/// path of a school's YAML file; where a warehouse is given and the option is left out, the configuration stored by
/// the last load.
/// </summary>
internal static class SchoolOption
{
    public const string Description = "學校設定：內建名稱（jingxin、kaohsiung-commercial）或學校設定檔（YAML）路徑";

    public static Option<string?> Create(string? defaultsTo = null) => new("--school")
    {
        Description = Description + (defaultsTo ?? "；省略則用倉儲中最近一次載入所用的設定"),
    };

    /// <summary>The named configuration, or the warehouse's stored one when <paramref name="value"/> is null.</summary>
    public static SchoolConfig Resolve(WarehouseDb db, string? value) =>
        value is null ? SchoolConfigStore.Load(db) : SchoolCatalog.Load(value);
}

using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Data;

/// <summary>The dashboard's .sql files, embedded with their path inside the project as logical name.</summary>
internal static class Sql
{
    public static string Load(string path) => SqlResource.Load(typeof(Sql).Assembly, path);
}

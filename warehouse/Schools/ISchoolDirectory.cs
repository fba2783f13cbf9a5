namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// The schools one warehouse holds, each with the configuration its own last load stored. Every command, page and
/// report asks one school's facade (<c>new CompletionMetrics(db, directory.Config(code))</c>); only the roll-up spans schools.
/// </summary>
public interface ISchoolDirectory
{
    IReadOnlyList<SchoolEntry> Schools();

    /// <summary>The school's configuration as its last load stored it; an unknown code is an error naming the known ones.</summary>
    SchoolConfig Config(string schoolCode);
}

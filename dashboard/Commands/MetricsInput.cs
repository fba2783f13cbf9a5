using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// What a command over the metrics starts from: the warehouse opened, the school's configuration (from
/// <c>--school</c>, else the one the warehouse last loaded with), the semester and the as-of moment — or a zh-TW reason.
/// </summary>
internal sealed class MetricsInput : IDisposable
{
    private MetricsInput(WarehouseDb db, SchoolConfig school, Semester semester, DateTime asOf) =>
        (Db, School, Semester, AsOf) = (db, school, semester, asOf);

    public WarehouseDb Db { get; }
    public SchoolConfig School { get; }
    public Semester Semester { get; }
    public DateTime AsOf { get; }

    /// <summary>Null (with the reason written to <paramref name="error"/>) when an argument or the warehouse is wrong.</summary>
    public static MetricsInput? Open(FileInfo warehouse, string semesterText, string? asOfText, string? schoolName, TextWriter error)
    {
        if (!Semester.TryParse(semesterText, out var semester))
        {
            error.WriteLine($"學期格式應為「111-1」，收到「{semesterText}」");
            return null;
        }
        if (!CompletionCommand.TryParseAsOf(asOfText, out var asOf, out var asOfError))
        {
            error.WriteLine($"--as-of：{asOfError}");
            return null;
        }
        if (!warehouse.Exists)
        {
            error.WriteLine($"找不到倉儲檔案：{warehouse.FullName}（請先執行 portfolio load）");
            return null;
        }
        var db = WarehouseDb.Open(warehouse.FullName);
        try
        {
            return new MetricsInput(db, SchoolOption.Resolve(db, schoolName), semester, asOf);
        }
        catch (SchoolChoiceException e)
        {
            db.Dispose();
            error.WriteLine(e.Message);
            return null;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or InvalidOperationException or FormatException)
        {
            db.Dispose();
            error.WriteLine($"無法讀取學校設定：{e.Message}");
            return null;
        }
    }

    public void Dispose() => Db.Dispose();
}

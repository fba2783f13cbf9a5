using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// The scheduled jobs' work, school by school: each school's freeze, follow-up lists and retention with its own
/// metrics and rules. One school: exactly the one run as before (same outcome text, same outbox folder).
/// </summary>
public sealed class SchoolJobs(SchoolRegistry schools, WarehouseGate warehouse, DashboardSettings settings, Clock clock,
    ILoggerFactory logs)
{
    public Freezer Freezer(SchoolServices school) => new(warehouse, school.Metrics, clock);

    public FollowUpSender FollowUp(SchoolServices school) =>
        new(warehouse, school.Metrics, school.Scopes, school.Semesters, Settings(school), clock, logs.CreateLogger<FollowUpSender>());

    public RetentionPurger Retention(SchoolServices school) => new(warehouse, school.Config, clock, Settings(school));

    /// <summary>The phases around now in every school (the ETL's active-phase schedule, the coming deadlines).</summary>
    public IReadOnlyList<Phase> PhasesAround(DateTime now) => schools.Each().SelectMany(s => Freezer(s).PhasesAround(now)).ToList();

    public IReadOnlyList<DateTime> UpcomingDeadlines(DateTime now) =>
        schools.Each().SelectMany(s => Freezer(s).UpcomingDeadlines(now)).Distinct().Order().ToList();

    /// <summary>Runs the work for every school; with many, each outcome is prefixed by its school and a failure in one
    /// does not stop the others (the run fails, naming them all).</summary>
    public async Task<JobOutcome> EachAsync(Func<SchoolServices, Task<JobOutcome>> work)
    {
        if (!schools.Many) return await work(schools.Default);
        var lines = new List<string>();
        var failed = false;
        foreach (var school in schools.Each())
        {
            try
            {
                lines.Add($"{school.Entry.Name}：{(await work(school)).Message}");
            }
            catch (JobFailedException e)
            {
                failed = true;
                lines.Add($"{school.Entry.Name}：{e.Message}");
            }
        }
        var text = string.Join("\n", lines);
        return failed ? throw new JobFailedException(text) : new JobOutcome(text);
    }

    /// <summary>With many schools each writes its follow-up lists in its own outbox (schools/CODE/outbox).</summary>
    private DashboardSettings Settings(SchoolServices school) =>
        schools.Many ? settings with { DataDirectory = Path.Combine(settings.DataDirectory, "schools", school.Code) } : settings;
}

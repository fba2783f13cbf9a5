using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Security;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>What <c>portfolio serve</c> (and <c>portfolio demo</c>) start the dashboard with.</summary>
public sealed record DashboardOptions
{
    public required string WarehousePath { get; init; }

    /// <summary>Where to listen; port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>A shipped school name or the path of a school's YAML file; null = the configuration stored by the last load.</summary>
    public string? School { get; init; }

    /// <summary>An extra JSON settings file layered over appsettings.json.</summary>
    public string? SettingsPath { get; init; }

    /// <summary>Logs and the follow-up outbox go here; null = a folder beside the warehouse file.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Accounts to create at start (the demo's sample users), with their clear passwords.</summary>
    public IReadOnlyList<SeedAccount> Accounts { get; init; } = [];

    /// <summary>Runs the Quartz jobs; off in tests that do not exercise them.</summary>
    public bool Scheduler { get; init; } = true;

    /// <summary>"Now" for as-of defaults and jobs; null = the system clock (local time, as the warehouse stores it).</summary>
    public Clock? Clock { get; init; }

    /// <summary>Replaces the metrics the pages read (tests fix the numbers with it); null = CompletionMetrics.</summary>
    public Func<IServiceProvider, IMetrics>? Metrics { get; init; }

    /// <summary>The schools the warehouse holds (tests give their own); null = those the loads stored, or
    /// <see cref="School"/> alone when given.</summary>
    public Func<WarehouseDb, ISchoolDirectory>? Schools { get; init; }

    /// <summary>The roll-up across schools the bureau page shows; null = the warehouse's own.</summary>
    public Func<IServiceProvider, IRollup>? Rollup { get; init; }

    /// <summary>Documents to write in the background once serving (the demo's); null = none.</summary>
    public DocumentBatch? Documents { get; init; }

    /// <summary>Extra configuration values (key "Dashboard:Smtp:Host" …) layered last.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}

/// <summary>An account the host creates at start when it does not exist yet.</summary>
public sealed record SeedAccount(Account Account, string Password);

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>The "Dashboard" section of appsettings.json (and of the --settings file).</summary>
public sealed record DashboardSettings
{
    /// <summary>Logs and outbox; set by the host from the options.</summary>
    public string DataDirectory { get; init; } = "portfolio-data";

    /// <summary>The first-run administrator, created when no account exists. No password = a random one, printed once.</summary>
    public string InitialAdminUser { get; init; } = "admin";
    public string? InitialAdminPassword { get; init; }

    /// <summary>Accounts kept in configuration (hash from <c>portfolio serve --hash-password</c>), written at every start.</summary>
    public List<ConfiguredAccount> Accounts { get; init; } = [];

    public SmtpSettings Smtp { get; init; } = new();

    /// <summary>Where the whole school's follow-up list goes (輔導中心).</summary>
    public List<string> CounselingEmails { get; init; } = [];

    public JobSettings Jobs { get; init; } = new();

    public string OutboxDirectory => Path.Combine(DataDirectory, "outbox");
}

public sealed record ConfiguredAccount
{
    public string UserName { get; init; } = "";
    public string? DisplayName { get; init; }
    public string Role { get; init; } = "";
    public string? StaffNo { get; init; }
    public string? Email { get; init; }
    /// <summary>The account's school code (needed when the warehouse holds many schools).</summary>
    public string? SchoolCode { get; init; }
    public string PasswordHash { get; init; } = "";
}

public sealed record SmtpSettings
{
    /// <summary>No host = follow-up lists are only written to the outbox folder.</summary>
    public string? Host { get; init; }
    public int Port { get; init; } = 25;
    public bool StartTls { get; init; }
    public string From { get; init; } = "portfolio@localhost";
    public string? UserName { get; init; }
    public string? Password { get; init; }
}

public sealed record JobSettings
{
    /// <summary>One scheduled load per source: an export folder the admin system drops files into.</summary>
    public List<EtlSourceSettings> Etl { get; init; } = [];

    /// <summary>Quartz cron (seconds first): the weekly follow-up lists.</summary>
    public string? FollowUpCron { get; init; } = "0 0 7 ? * MON";

    /// <summary>Quartz cron: the retention purge of leavers' data.</summary>
    public string? RetentionCron { get; init; } = "0 30 3 * * ?";

    /// <summary>Freeze each phase's completion when its deadline passes (a minute after it).</summary>
    public bool Freeze { get; init; } = true;

    /// <summary>A failed run is retried this many times, after RetryDelaySeconds, then twice as long each time (back-off).</summary>
    public int Retries { get; init; } = 2;
    public int RetryDelaySeconds { get; init; } = 600;
}

public sealed record EtlSourceSettings
{
    public string Name { get; init; } = "";

    /// <summary>"folder" (an export folder, ExportDir) or "postgres" (the school file's source_database; the connection
    /// string from its environment variable or secrets file, never from this file).</summary>
    public string Source { get; init; } = "folder";
    public string ExportDir { get; init; } = "";

    /// <summary>Database sources: every run a full reconcile (otherwise every source_database full_reconcile_hours).</summary>
    public bool Full { get; init; }

    /// <summary>Quartz cron, e.g. "0 0 2 * * ?" (nightly at 02:00).</summary>
    public string Cron { get; init; } = "0 0 2 * * ?";

    /// <summary>Used instead while a phase window is open, e.g. "0 0 7-19/2 * * ?" (every two hours by day).</summary>
    public string? ActivePhaseCron { get; init; }
}

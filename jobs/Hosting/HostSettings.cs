namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// Settings of <c>satisfaction serve</c>, with documented defaults; from the <c>Host</c> section of the
/// settings (appsettings.json <c>"Satisfaction": { "Host": { … } }</c>, or <c>SATISFACTION_Host__Urls</c>, …),
/// the command line winning for <see cref="Urls"/>.
/// </summary>
public sealed record HostSettings
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where the page, the API and the dashboard listen; several separated by ';'.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>When the inbox is scanned (cron; default every minute). A file arriving also triggers a scan at once.</summary>
    public string ScanCron { get; init; } = "* * * * *";

    /// <summary>When every period's workbooks are rebuilt (cron, local time; default 02:30 every night).</summary>
    public string RebuildCron { get; init; } = "30 2 * * *";

    /// <summary>Jobs run at once by this host (default: one per core, at least 2, so a scan never waits behind workbooks).</summary>
    public int Workers { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// Seconds before each retry of a failed job, comma separated (default 5 s, 30 s, 2 min, 10 min, 30 min):
    /// a locked file or a busy database gets time to clear; after the last the job is failed for good.
    /// </summary>
    public string RetryDelays { get; init; } = "5,30,120,600,1800";

    /// <summary>The retry delays, parsed; null when the setting is not a list of whole seconds.</summary>
    public IReadOnlyList<int>? RetryDelaySeconds()
    {
        var delays = new List<int>();
        foreach (var part in RetryDelays.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            {
                return null;
            }

            delays.Add(seconds);
        }

        return delays.Count <= 20 ? delays : null;
    }

    /// <summary>
    /// Seconds before a job whose worker died outright (SIGKILL, a power cut, a lost machine) is taken by another
    /// worker (default 300). On PostgreSQL a running job keeps its hold alive (Hangfire.PostgreSql's sliding
    /// invisibility timeout), so a short value only speeds up the recovery; on SQLite it must exceed the longest
    /// job, which would otherwise be started a second time while the first still runs.
    /// </summary>
    public int InvisibilityTimeoutSeconds { get; init; } = 300;

    /// <summary>Users allowed in when credentials are required, each with a password hash from <c>satisfaction hash-password</c>.</summary>
    public IReadOnlyList<HostUser> Users { get; init; } = [];

    /// <summary>A token for scripts: <c>Authorization: Bearer …</c>. At least 24 characters.</summary>
    public string? ApiToken { get; init; }

    public bool HasCredentials => Users.Count > 0 || !string.IsNullOrEmpty(ApiToken);

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var (name, cron) in new[] { ("ScanCron", ScanCron), ("RebuildCron", RebuildCron) })
        {
            // Hangfire parses the expression when the schedule is registered; this catches the common slips early.
            if (string.IsNullOrWhiteSpace(cron) || cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
            {
                problems.Add($"Host:{name}: '{cron}' is not a cron expression (five fields: minute hour day month weekday)");
            }
        }

        if (RetryDelaySeconds() is null)
        {
            problems.Add($"Host:RetryDelays: '{RetryDelays}' is not a list of at most 20 whole seconds, e.g. 5,30,120");
        }

        if (Workers is < 1 or > 64)
        {
            problems.Add($"Host:Workers: must be between 1 and 64, not {Workers}");
        }

        if (InvisibilityTimeoutSeconds is < 10 or > 86_400)
        {
            problems.Add($"Host:InvisibilityTimeoutSeconds: must be between 10 and 86400 seconds, not {InvisibilityTimeoutSeconds}");
        }

        problems.AddRange(Users.Where(u => string.IsNullOrWhiteSpace(u.Name) || string.IsNullOrWhiteSpace(u.PasswordHash))
            .Select(_ => "Host:Users: every user needs a Name and a PasswordHash (satisfaction hash-password)"));
        if (ApiToken is { Length: > 0 and < 24 })
        {
            problems.Add("Host:ApiToken: must be at least 24 characters");
        }

        return problems;
    }
}

/// <summary>A user of the page, the API and the dashboard; the password only as a hash.</summary>
public sealed record HostUser
{
    public string Name { get; init; } = string.Empty;

    public string PasswordHash { get; init; } = string.Empty;
}

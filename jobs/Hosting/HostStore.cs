using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Npgsql;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Store.Postgres;
using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// The one place where the host and the commands that talk to it open the store and choose Hangfire's
/// storage to go with it. SQLite: the store in <c>&lt;data&gt;/satisfaction.db</c> and Hangfire's jobs beside it
/// in <c>&lt;data&gt;/hangfire.db</c> (a second file, because SQLite has one writer at a time and a long load must
/// not hold up Hangfire's heartbeats and queue). PostgreSQL: Hangfire.PostgreSql on the same database, in
/// its own schema <c>hangfire</c>, so every host and worker on every machine shares one queue.
/// </summary>
public sealed class HostStore
{
    public const string HangfireFileName = "hangfire.db";
    public const string HangfireSchema = "hangfire";

    public HostStore(string dataFolder, StoreSettings? store = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataFolder);
        DataFolder = Path.GetFullPath(dataFolder);
        Store = (store ?? new StoreSettings { DataFolder = DataFolder }) with { DataFolder = DataFolder };
    }

    public string DataFolder { get; }

    public StoreSettings Store { get; }

    /// <summary>How long a job fetched by a worker that then died stays hidden from the others (<c>Host:InvisibilityTimeoutSeconds</c>).</summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    private string HangfirePath => Path.Combine(DataFolder, HangfireFileName);

    /// <summary>A connection to the store for one job or request; the caller disposes it.</summary>
    public IIngestStore Open() => StoreAccess.Open(Store);

    /// <summary>Hangfire's storage, created when missing.</summary>
    public JobStorage JobStorage() => Store.Kind == StoreKind.Postgres
        ? new PostgreSqlStorage(new NpgsqlConnectionFactory(HangfireConnection(), PostgresOptions()), PostgresOptions())
        : new SQLiteStorage(HangfirePath, Options());

    /// <summary>Hangfire's storage if a host ever used this store, else null (nothing is created).</summary>
    public JobStorage? ExistingJobStorage() => HasJobStorage() ? JobStorage() : null;

    private bool HasJobStorage()
    {
        if (Store.Kind != StoreKind.Postgres)
        {
            return File.Exists(HangfirePath);
        }

        using var connection = new NpgsqlConnection(HangfireConnection());
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT to_regclass('{HangfireSchema}.server') IS NOT NULL", connection);
        return command.ExecuteScalar() is true;
    }

    private string HangfireConnection() => PostgresConnection.Builder(Store.Connection ?? string.Empty).ConnectionString;

    private SQLiteStorageOptions Options() => new()
    {
        // The default polls the queue every few seconds: a queued job waited more than 8 s (shared/NOTES.md).
        // A quarter second keeps the hand-overs (scan, plan, workbooks) from adding seconds to a file's way through.
        QueuePollInterval = TimeSpan.FromMilliseconds(250),

        // A job whose host was killed outright (not stopped) is run again after this; none runs near it.
        InvisibilityTimeout = InvisibilityTimeout,
        DistributedLockLifetime = TimeSpan.FromSeconds(30),
    };

    private PostgreSqlStorageOptions PostgresOptions() => new()
    {
        SchemaName = HangfireSchema,
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = TimeSpan.FromMilliseconds(250),

        // A running job's hold is renewed in the background, so a worker that dies hands its jobs on after the
        // timeout while a long job on a live worker is never taken twice.
        InvisibilityTimeout = InvisibilityTimeout,
        UseSlidingInvisibilityTimeout = true,
        DistributedLockTimeout = TimeSpan.FromSeconds(30),
    };
}

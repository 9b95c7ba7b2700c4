using Hangfire;
using Hangfire.Storage.SQLite;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// The one place where the host and the commands that talk to it open the store and choose Hangfire's
/// storage to go with it. Today the embedded default: the store in <c>&lt;data&gt;/satisfaction.db</c> and Hangfire's
/// jobs beside it in <c>&lt;data&gt;/hangfire.db</c> (a second file, because SQLite has one writer at a time and a
/// long load must not hold up Hangfire's heartbeats and queue). A PostgreSQL store plugs in here: open the
/// PostgreSQL store and give Hangfire a <c>PostgreSqlStorage</c> on the same database.
/// </summary>
public sealed class HostStore
{
    public const string HangfireFileName = "hangfire.db";

    public HostStore(string dataFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataFolder);
        DataFolder = Path.GetFullPath(dataFolder);
    }

    public string DataFolder { get; }

    private string HangfirePath => Path.Combine(DataFolder, HangfireFileName);

    /// <summary>A connection to the store for one job or request; the caller disposes it.</summary>
    public IIngestStore Open() => StoreAccess.Open(DataFolder);

    /// <summary>Hangfire's storage, created when missing.</summary>
    public JobStorage JobStorage() => new SQLiteStorage(HangfirePath, Options());

    /// <summary>Hangfire's storage if a host ever used this data folder, else null (nothing is created).</summary>
    public JobStorage? ExistingJobStorage() => File.Exists(HangfirePath) ? JobStorage() : null;

    private static SQLiteStorageOptions Options() => new()
    {
        // The default polls the queue every few seconds: a queued job waited more than 8 s (shared/NOTES.md).
        // A quarter second keeps the hand-overs (scan, plan, workbooks) from adding seconds to a file's way through.
        QueuePollInterval = TimeSpan.FromMilliseconds(250),

        // A job whose host was killed outright (not stopped) is run again after this; none runs near it.
        InvisibilityTimeout = TimeSpan.FromMinutes(5),
        DistributedLockLifetime = TimeSpan.FromSeconds(30),
    };
}

using System.Security.Cryptography;
using System.Text;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// One holder at a time of a named section, across every worker of every host that shares the store, held
/// for as long as the holder lives and no longer: a PostgreSQL session-level advisory lock on a connection
/// of its own, or an exclusive lock on a file in the SQLite data folder. Both are released by the server or
/// the kernel the moment the holder's process dies, so they need no lifetime. Hangfire.PostgreSql's
/// distributed locks do (they are rows deleted as stale after <c>DistributedLockTimeout</c>, never renewed),
/// which let a second inbox scan start beside one that ran longer than the timeout.
/// </summary>
public static class ExclusiveSection
{
    /// <summary>Waits up to <paramref name="patience"/> for the section, and holds it until disposed.</summary>
    /// <exception cref="TimeoutException">Someone else held it all that time.</exception>
    public static async Task<IAsyncDisposable> EnterAsync(StoreSettings store, string name, TimeSpan patience, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return store.Kind == StoreKind.Postgres
            ? await AdvisoryLock.EnterAsync(store.Connection ?? string.Empty, name, patience, cancellation).ConfigureAwait(false)
            : await FileLock.EnterAsync(LockFile(store.DataFolder, name), name, patience, cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="EnterAsync"/> for a job's own thread (Hangfire runs synchronous jobs on worker threads with
    /// no synchronisation context, so waiting here blocks nothing else).
    /// </summary>
    public static IDisposable Enter(StoreSettings store, string name, TimeSpan patience, CancellationToken cancellation) =>
        (IDisposable)EnterAsync(store, name, patience, cancellation).GetAwaiter().GetResult();

    // Section names hold offices and workbook paths: the file is named by a digest of the name.
    private static string LockFile(string dataFolder, string name) =>
        Path.Combine(dataFolder, "locks", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)) + ".lock");
}

using Npgsql;
using Satisfaction.Ingest.Store.Postgres;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// A PostgreSQL session-level advisory lock on a connection kept open while it is held: closing the
/// connection (or the holder's process dying, which closes it) releases it.
/// </summary>
internal sealed class AdvisoryLock : IAsyncDisposable, IDisposable
{
    // lock_not_available: the lock_timeout ran out before the lock was granted.
    private const string LockNotAvailable = "55P03";
    private readonly NpgsqlConnection _connection;

    private AdvisoryLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<AdvisoryLock> EnterAsync(string connectionString, string name, TimeSpan patience, CancellationToken cancellation)
    {
        var builder = PostgresConnection.Builder(connectionString);

        // Its own physical connection: a pooled one handed back would keep the session, and the lock, alive.
        builder.Pooling = false;
        builder.CommandTimeout = 0;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellation).ConfigureAwait(false);
            var milliseconds = Math.Max(1, (long)patience.TotalMilliseconds);
            await using (var limit = new NpgsqlCommand($"SET lock_timeout = {milliseconds}", connection))
            {
                await limit.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
            }

            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended(@name, 0))", connection);
            take.Parameters.AddWithValue("name", name);
            await take.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
            return new AdvisoryLock(connection);
        }
        catch (PostgresException e) when (e.SqlState == LockNotAvailable)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new TimeoutException($"{name}: held by another worker for more than {patience.TotalSeconds:0} s", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    public void Dispose() => _connection.Dispose();
}

using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// The delivery record in the store's own SQLite file (<c>&lt;data&gt;/satisfaction.db</c>), in its own table
/// made at open when missing. Plain SQL (text times in ISO 8601 UTC, no SQLite-only types) so that the
/// PostgreSQL store can keep the same table.
/// </summary>
public sealed class SqliteDeliveryLog : IDeliveryLog
{
    internal const string Create = """
        CREATE TABLE IF NOT EXISTS delivery_attempt (
            id INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            channel TEXT NOT NULL,
            period TEXT NOT NULL,
            workbook TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            target TEXT NOT NULL,
            attempted_utc TEXT NOT NULL,
            outcome TEXT NOT NULL,
            attempt INTEGER NOT NULL,
            error TEXT
        );
        CREATE INDEX IF NOT EXISTS delivery_attempt_done ON delivery_attempt (office, channel, workbook, content_hash, outcome);
        """;

    private const string Columns = "id, office, channel, period, workbook, sha256, content_hash AS ContentHash, target, attempted_utc AS AttemptedUtc, outcome, attempt, error";
    private readonly SqliteConnection _connection;

    public SqliteDeliveryLog(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, DefaultTimeout = 60 }.ToString());
        _connection.Open();
        _connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 60000;");
        _connection.Execute(Create);
    }

    public static SqliteDeliveryLog InDataFolder(string dataFolder) => new(Path.Combine(dataFolder, SqliteIngestStore.FileName));

    public void Record(DeliveryAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        _connection.Execute(
            """
            INSERT INTO delivery_attempt (office, channel, period, workbook, sha256, content_hash, target, attempted_utc, outcome, attempt, error)
            VALUES (@Office, @Channel, @Period, @Workbook, @Sha256, @ContentHash, @Target, @AttemptedUtc, @Outcome, @Attempt, @Error)
            """,
            new
            {
                attempt.Office,
                Channel = attempt.Channel.Stored(),
                attempt.Period,
                attempt.Workbook,
                attempt.Sha256,
                attempt.ContentHash,
                attempt.Target,
                AttemptedUtc = attempt.AttemptedUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                Outcome = Stored(attempt.Outcome),
                attempt.Attempt,
                attempt.Error,
            });
    }

    public bool AlreadyDelivered(string office, DeliveryChannel channel, string workbookName, string contentHash) =>
        _connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM delivery_attempt WHERE office = @office AND channel = @channel AND workbook = @workbookName AND content_hash = @contentHash AND outcome = 'delivered'",
            new { office, channel = channel.Stored(), workbookName, contentHash }) > 0;

    public IReadOnlyList<DeliveryAttempt> Recent(int take) =>
        [.. _connection.Query<Row>($"SELECT {Columns} FROM delivery_attempt ORDER BY id DESC LIMIT @take", new { take = Math.Max(0, take) }).Select(r => r.ToAttempt())];

    public (int Delivered, int Failed) Totals()
    {
        var counts = _connection.Query<(string Outcome, long Count)>("SELECT outcome, COUNT(*) FROM delivery_attempt GROUP BY outcome").ToDictionary(c => c.Outcome, c => (int)c.Count);
        return (counts.GetValueOrDefault("delivered"), counts.GetValueOrDefault("failed"));
    }

    public void Dispose() => _connection.Dispose();

    private static string Stored(DeliveryOutcome outcome) => outcome == DeliveryOutcome.Delivered ? "delivered" : "failed";

    private sealed record Row(long Id, string Office, string Channel, string Period, string Workbook, string Sha256, string ContentHash, string Target, string AttemptedUtc, string Outcome, long Attempt, string? Error)
    {
        public DeliveryAttempt ToAttempt() => new()
        {
            Id = Id,
            Office = Office,
            Channel = DeliveryChannelNames.FromStored(Channel),
            Period = Period,
            Workbook = Workbook,
            Sha256 = Sha256,
            ContentHash = ContentHash,
            Target = Target,
            AttemptedUtc = DateTime.Parse(AttemptedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            Outcome = Outcome == "delivered" ? DeliveryOutcome.Delivered : DeliveryOutcome.Failed,
            Attempt = (int)Attempt,
            Error = Error,
        };
    }
}

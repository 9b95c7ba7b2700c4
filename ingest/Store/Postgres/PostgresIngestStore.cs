using Dapper;
using Npgsql;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;

namespace Satisfaction.Ingest.Store.Postgres;

/// <summary>
/// The store for many machines: the same ledger and rows in PostgreSQL, through a pool of connections
/// (each call takes one, each load holds one for its transaction), so that any number of passes, hosts and
/// workers share it. Rows are loaded by binary COPY (<see cref="PostgresFileLoad"/>).
/// </summary>
public sealed class PostgresIngestStore : IIngestStore
{
    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlConnectionStringBuilder _builder;

    private PostgresIngestStore(NpgsqlConnectionStringBuilder builder)
    {
        _builder = builder;
        _source = NpgsqlDataSource.Create(builder);
    }

    /// <summary>Where the store is (host:port, database, user), for messages.</summary>
    public string Description => PostgresConnection.Describe(_builder);

    /// <summary>
    /// Connects (proving the server answers, the password and the database) or throws
    /// <see cref="StoreUnavailableException"/> saying what to fix.
    /// </summary>
    public static PostgresIngestStore Connect(string connectionString)
    {
        var builder = PostgresConnection.Builder(connectionString);
        var store = new PostgresIngestStore(builder);
        try
        {
            using var probe = store.OpenConnection();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Whether this program's tables were ever created on that database.</summary>
    public static bool SchemaExists(string connectionString)
    {
        using var store = Connect(connectionString);
        using var connection = store.OpenConnection();
        return connection.ExecuteScalar<bool>("SELECT to_regclass('schema_version') IS NOT NULL");
    }

    public void Migrate()
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@id)", new { id = PostgresSchema.MigrationLock }, transaction);
        connection.Execute($"CREATE SCHEMA IF NOT EXISTS \"{PostgresConnection.Schema(_builder)}\"; {PostgresSchema.VersionTable}", transaction: transaction);
        var version = connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version", transaction: transaction) ?? 0;
        if (version > PostgresSchema.Version)
        {
            throw new InvalidOperationException(
                $"The store on {Description} has schema version {version}, newer than this program's {PostgresSchema.Version}: upgrade the program.");
        }

        if (version == PostgresSchema.Version)
        {
            return;
        }

        foreach (var step in PostgresSchema.StepsFrom(version))
        {
            connection.Execute(step, transaction: transaction);
        }

        connection.Execute("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (@v)", new { v = PostgresSchema.Version }, transaction);
        transaction.Commit();
    }

    public LedgerEntry? FindArchived(string sha256)
    {
        using var connection = OpenConnection();
        return PostgresLedger.FindArchived(connection, null, sha256);
    }

    public IReadOnlyList<LedgerEntry> Ledger() => Entries($"SELECT {LedgerRow.Columns} FROM ingest_file ORDER BY id");

    public (IReadOnlyList<LedgerEntry> Entries, int Total) LedgerNewestFirst(int skip, int take)
    {
        using var connection = OpenConnection();
        var entries = connection.Query<LedgerRow>($"SELECT {LedgerRow.Columns} FROM ingest_file ORDER BY id DESC LIMIT @take OFFSET @skip", new { skip, take })
            .Select(r => r.ToEntry()).ToList();
        return (entries, connection.ExecuteScalar<int>("SELECT count(*) FROM ingest_file"));
    }

    public LedgerEntry? LedgerEntry(long id) => Entries($"SELECT {LedgerRow.Columns} FROM ingest_file WHERE id = @id", new { id }).FirstOrDefault();

    public IReadOnlyList<LedgerEntry> PendingMoves() => Entries($"SELECT {LedgerRow.Columns} FROM ingest_file WHERE moved = 0 ORDER BY id");

    public void MarkMoved(long fileId)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE ingest_file SET moved = 1 WHERE id = @fileId; DELETE FROM file_claim WHERE file_id = @fileId", new { fileId }, transaction);
        transaction.Commit();
    }

    public IFileLoad BeginLoad() => new PostgresFileLoad(OpenConnection());

    public IReadOnlyList<long> FilesOwingReports()
    {
        using var connection = OpenConnection();
        return connection.Query<long>("SELECT id FROM ingest_file WHERE reports_owed = 1 ORDER BY id").ToList();
    }

    public IReadOnlyList<ReplacedPlace> PlacesReplacedBy(IReadOnlyCollection<long> fileIds)
    {
        ArgumentNullException.ThrowIfNull(fileIds);
        if (fileIds.Count == 0)
        {
            return [];
        }

        using var connection = OpenConnection();
        return connection.Query<(DateOnly Date, string Outlet)>(
                """
                SELECT DISTINCT o.record_date, o.outlet_code FROM replacement r
                JOIN record o ON o.kind = r.kind AND o.record_id = r.record_id
                WHERE r.new_file_id = ANY(@ids)
                """,
                new { ids = fileIds.ToArray() })
            .Select(p => new ReplacedPlace(p.Date, p.Outlet))
            .ToList();
    }

    public void MarkReported(IReadOnlyCollection<long> fileIds)
    {
        ArgumentNullException.ThrowIfNull(fileIds);
        using var connection = OpenConnection();
        connection.Execute("UPDATE ingest_file SET reports_owed = 0 WHERE id = ANY(@ids)", new { ids = fileIds.ToArray() });
    }

    public IReadOnlyList<Replacement> Replacements()
    {
        using var connection = OpenConnection();
        return connection.Query<(string Kind, string RecordId, long OldFileId, long OldRow, long NewFileId, long NewRow, string ReplacedUtc)>(
                "SELECT kind, record_id, old_file_id, old_row, new_file_id, new_row, replaced_utc FROM replacement ORDER BY id")
            .Select(r => new Replacement(
                FileKindNames.FromStored(r.Kind)!.Value, r.RecordId, r.OldFileId, (int)r.OldRow, r.NewFileId, (int)r.NewRow, LedgerRow.Time(r.ReplacedUtc)))
            .ToList();
    }

    public IEnumerable<StoredRecord> Current(FileKind kind) => Current(kind, RecordSlice.All);

    public IEnumerable<StoredRecord> Current(FileKind kind, RecordSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        using var connection = OpenConnection();
        using var command = new NpgsqlCommand { Connection = connection };
        var answers = slice.WithAnswers ? "shopper_id, comment, answers" : "NULL, NULL, NULL";
        var where = new System.Text.StringBuilder("kind = @kind AND superseded_by IS NULL");
        command.Parameters.AddWithValue("kind", kind.Stored());
        if (slice.OutletCodes is { } codes)
        {
            // One array parameter rather than one per code: a province lists thousands of outlets.
            where.Append(" AND outlet_code = ANY(@codes)");
            command.Parameters.AddWithValue("codes", codes.ToArray());
        }

        if (slice.From is { } from)
        {
            where.Append(" AND record_date >= @from");
            command.Parameters.AddWithValue("from", from);
        }

        if (slice.To is { } to)
        {
            where.Append(" AND record_date <= @to");
            command.Parameters.AddWithValue("to", to);
        }

        command.CommandText = $"SELECT record_id, outlet_code, record_date, {answers}, file_id FROM record WHERE {where} ORDER BY id";
        using var reader = command.ExecuteReader();
        var answerCodes = new AnswerCodes();
        var utf8 = new byte[4096];
        while (reader.Read())
        {
            var parsed = StoredRecord.NoAnswers;
            if (!reader.IsDBNull(5))
            {
                // Packed as the SQLite store packs them (a byte per code of a table shared by the read), so a slice
                // costs the same memory whichever store it comes from.
                var text = reader.GetString(5);
                var length = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
                if (length > utf8.Length)
                {
                    utf8 = new byte[Math.Max(length, utf8.Length * 2)];
                }

                var written = System.Text.Encoding.UTF8.GetBytes(text, utf8);
                parsed = PackedAnswerDictionary.Parse(utf8.AsSpan(0, written), answerCodes) ?? (IReadOnlyDictionary<string, Values.Answer>)AnswerJson.Parse(text);
            }

            yield return new StoredRecord(
                kind,
                reader.GetString(0),
                reader.GetString(1),
                reader.GetFieldValue<DateOnly>(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                parsed,
                reader.GetInt64(6));
        }
    }

    public int CountCurrent(FileKind kind)
    {
        using var connection = OpenConnection();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM record WHERE kind = @kind AND superseded_by IS NULL", new { kind = kind.Stored() });
    }

    public void Dispose() => _source.Dispose();

    internal NpgsqlConnection OpenConnection()
    {
        try
        {
            return _source.OpenConnection();
        }
        catch (NpgsqlException e)
        {
            throw PostgresConnection.Unavailable(_builder, e);
        }
    }

    private List<LedgerEntry> Entries(string sql, object? args = null)
    {
        using var connection = OpenConnection();
        return connection.Query<LedgerRow>(sql, args).Select(r => r.ToEntry()).ToList();
    }
}

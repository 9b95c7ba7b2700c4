using Dapper;
using Npgsql;
using Satisfaction.Ingest.Headers;

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

        if (PostgresSchema.HoldsJsonAnswers(version))
        {
            PostgresAnswersUpgrade.Run(connection, transaction);
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

    public IFileLoad BeginLoad() => new PostgresFileLoad(OpenConnection(), OpenConnection);

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
        var query = RecordSliceQuery.For(kind, slice, "outlet_code = ANY(@codes)", "record");
        using var connection = OpenConnection();
        using var command = new NpgsqlCommand(query.Sql, connection);
        command.Parameters.AddWithValue("kind", query.Kind);
        if (query.OutletCodes is { } codes)
        {
            // One array parameter rather than one per code: a province lists thousands of outlets.
            command.Parameters.AddWithValue("codes", codes.ToArray());
        }

        if (query.From is { } from)
        {
            command.Parameters.AddWithValue("from", from);
        }

        if (query.To is { } to)
        {
            command.Parameters.AddWithValue("to", to);
        }

        using var reader = command.ExecuteReader();

        // A file's code list comes on a second connection of the pool: this one is busy streaming the rows.
        var answers = new StoredAnswerReader(CodesOfFile);
        var outlets = new Dictionary<string, string>(StringComparer.Ordinal);
        var cells = new byte[256];
        while (reader.Read())
        {
            var fileId = reader.GetInt64(RecordSliceQuery.FileId);
            var parsed = StoredRecord.NoAnswers;
            if (!reader.IsDBNull(RecordSliceQuery.Answers))
            {
                var length = (int)reader.GetBytes(RecordSliceQuery.Answers, 0, null, 0, 0);
                if (length > cells.Length)
                {
                    cells = new byte[Math.Max(length, cells.Length * 2)];
                }

                reader.GetBytes(RecordSliceQuery.Answers, 0, cells, 0, length);
                parsed = answers.Read(fileId, cells.AsSpan(0, length));
            }

            // Rows share their outlet's string: a read keeps every row, and outlets repeat hundreds of times.
            var outlet = reader.GetString(RecordSliceQuery.OutletCode);
            outlet = outlets.TryAdd(outlet, outlet) ? outlet : outlets[outlet];
            yield return new StoredRecord(
                kind,
                reader.GetString(RecordSliceQuery.RecordId),
                outlet,
                reader.GetFieldValue<DateOnly>(RecordSliceQuery.Date),
                reader.IsDBNull(RecordSliceQuery.ShopperId) ? null : reader.GetString(RecordSliceQuery.ShopperId),
                reader.IsDBNull(RecordSliceQuery.Comment) ? null : reader.GetString(RecordSliceQuery.Comment),
                parsed,
                fileId);
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

    private List<string> CodesOfFile(long fileId)
    {
        using var connection = OpenConnection();
        return connection.ExecuteScalar<string>($"SELECT codes FROM {FileAnswerCodes.Table} WHERE file_id = @fileId", new { fileId }) is { } codes
            ? FileAnswerCodes.FromStored(codes)
            : throw new InvalidDataException($"The store holds rows of file {fileId} but not its answer codes.");
    }

    private List<LedgerEntry> Entries(string sql, object? args = null)
    {
        using var connection = OpenConnection();
        return connection.Query<LedgerRow>(sql, args).Select(r => r.ToEntry()).ToList();
    }
}

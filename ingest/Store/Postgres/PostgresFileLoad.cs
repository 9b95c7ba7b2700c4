using Dapper;
using Npgsql;
using NpgsqlTypes;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;

namespace Satisfaction.Ingest.Store.Postgres;

// One file's load in one transaction on one connection. Rows stream into the table by binary COPY, their
// ids taken from the record sequence a block at a time (the sequence steps by 4,096: one nextval reserves
// a block). Statements other than COPY (taking back a row, replacing earlier rows, the ledger entry) first
// end the COPY under way; rows taken back while it runs are deleted then. A block needed while a COPY runs
// comes from a second connection of the pool (a sequence is outside transactions): ending the COPY for it
// made client and server wait on each other every 4,096 rows, 51 times in a 208,000-row file.
// Concurrency: a claim is an advisory lock tried without waiting plus a unique row; content is locked
// (waiting) before the duplicate judgement; replacing earlier rows takes one lock held to the commit, so
// two loads replacing the same ids take turns and each sees the other's committed rows.
internal sealed class PostgresFileLoad : IFileLoad
{
    private const int IdBlock = 4096;
    private const long SupersedeLock = 0x5341_5449_5346_0002;
    private const string NextIdBlock = "SELECT nextval(pg_get_serial_sequence('record', 'id'))";
    private const string CopyRows = """
        COPY record (id, kind, record_id, file_id, source_row, outlet_code, record_date, shopper_id, comment, given, answers)
        FROM STDIN (FORMAT BINARY)
        """;

    private readonly NpgsqlConnection _connection;
    private readonly Func<NpgsqlConnection> _openIdConnection;
    private readonly NpgsqlTransaction _transaction;
    private NpgsqlConnection? _idConnection;
    private readonly List<long> _takenBack = [];
    private NpgsqlBinaryImporter? _copy;
    private long _nextId;
    private long _blockEnd;
    private long _firstRecordId;
    private long _lastRecordId;
    private IReadOnlyList<string>? _codes;
    private bool _done;

    /// <param name="connection">The load's connection, disposed with the load.</param>
    /// <param name="openIdConnection">Opens the connection that hands out id blocks while a COPY runs.</param>
    public PostgresFileLoad(NpgsqlConnection connection, Func<NpgsqlConnection> openIdConnection)
    {
        _connection = connection;
        _openIdConnection = openIdConnection;
        try
        {
            _transaction = connection.BeginTransaction();
            FileId = connection.ExecuteScalar<long>("SELECT nextval(pg_get_serial_sequence('ingest_file', 'id'))", transaction: _transaction);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public long FileId { get; }

    public bool TryClaim(string inboxPath, long size, DateTimeOffset modifiedUtc)
    {
        var modified = LedgerRow.Time(modifiedUtc);
        var key = $"claim:{inboxPath}|{size}|{modified}";

        // Without waiting: a pass holding it is loading the file now.
        if (!_connection.ExecuteScalar<bool>($"SELECT pg_try_advisory_xact_lock({PostgresLedger.LockKey})", new { key }, _transaction))
        {
            return false;
        }

        // A committed claim: a pass loaded it and is moving it out of the inbox.
        return _connection.Execute(
            "INSERT INTO file_claim (inbox_path, size, modified_utc, file_id) VALUES (@inboxPath, @size, @modified, @FileId) ON CONFLICT DO NOTHING",
            new { inboxPath, size, modified, FileId },
            _transaction) == 1;
    }

    public LedgerEntry? FindArchived(string sha256)
    {
        // Waits for a load of the same content to end, then sees it if it was archived.
        _connection.Execute($"SELECT pg_advisory_xact_lock({PostgresLedger.LockKey})", new { key = "content:" + sha256 }, _transaction);
        return PostgresLedger.FindArchived(_connection, _transaction, sha256);
    }

    public long Add(FileKind kind, ParsedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (FileAnswerCodes.IsNew(ref _codes, record.Codes))
        {
            EndCopy();
            _connection.Execute(
                $"INSERT INTO {FileAnswerCodes.Table} (file_id, codes) VALUES (@FileId, @codes)",
                new { FileId, codes = FileAnswerCodes.ToStored(record.Codes) },
                _transaction);
        }

        if (_nextId == _blockEnd)
        {
            _nextId = _copy is null
                ? _connection.ExecuteScalar<long>(NextIdBlock, transaction: _transaction)
                : (_idConnection ??= _openIdConnection()).ExecuteScalar<long>(NextIdBlock);
            _blockEnd = _nextId + IdBlock;
        }

        var copy = _copy ??= _connection.BeginBinaryImport(CopyRows);
        var id = _nextId++;
        copy.StartRow();
        copy.Write(id, NpgsqlDbType.Bigint);
        copy.Write(kind.Stored(), NpgsqlDbType.Text);
        copy.Write(record.Id, NpgsqlDbType.Text);
        copy.Write(FileId, NpgsqlDbType.Bigint);
        copy.Write((long)record.Row, NpgsqlDbType.Bigint);
        copy.Write(record.OutletCode, NpgsqlDbType.Text);
        copy.Write(record.Date, NpgsqlDbType.Date);
        WriteOptional(copy, record.ShopperId);
        WriteOptional(copy, record.Comment);
        copy.Write(record.Given, NpgsqlDbType.Bytea);
        copy.Write(record.Read, NpgsqlDbType.Bytea);
        if (_firstRecordId == 0)
        {
            _firstRecordId = id;
        }

        _lastRecordId = id;
        return id;
    }

    public void Remove(FileKind kind, long handle) => _takenBack.Add(handle);

    public int SupersedeEarlier(FileKind kind, DateTimeOffset now)
    {
        EndCopy();
        if (_firstRecordId == 0)
        {
            return 0;
        }

        _connection.Execute("SELECT pg_advisory_xact_lock(@id)", new { id = SupersedeLock }, _transaction);

        // Rows of a kind come only from archived files of that kind: before the first one there is nothing to
        // replace, and the statistics and the join below are skipped (a new store's first loads, the largest).
        if (!_connection.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM ingest_file WHERE kind = @kind AND outcome = 'archived')", new { kind = kind.Stored() }, _transaction))
        {
            return 0;
        }

        // Statistics taken before this load (a store of visits only, say) would make the planner take the rows
        // just copied for a handful and join them by a scan of every row of their kind, once per row: hours
        // for a 208,000-row file (measured). ANALYZE counts this transaction's own rows. A sample of 3,000 rows
        // (target 10) tells the planner as much about kinds, unique ids and a few files as the default 30,000,
        // at half the server's time (0.14 s against 0.30 s on the province year: the default reads every page).
        _connection.Execute("SET LOCAL default_statistics_target = 10; ANALYZE record (kind, record_id, file_id)", transaction: _transaction);
        return _connection.Execute(
            """
            WITH earlier AS (
                SELECT o.id, o.kind, o.record_id, o.file_id, o.source_row, n.source_row AS new_row
                FROM record n JOIN record o ON o.kind = n.kind AND o.record_id = n.record_id
                WHERE n.id BETWEEN @first AND @last AND n.file_id = @file AND n.kind = @kind
                  AND o.file_id <> @file AND o.superseded_by IS NULL
            ), recorded AS (
                INSERT INTO replacement (kind, record_id, old_file_id, old_row, new_file_id, new_row, replaced_utc)
                SELECT kind, record_id, file_id, source_row, @file, new_row, @now FROM earlier
            )
            UPDATE record SET superseded_by = @file WHERE id IN (SELECT id FROM earlier)
            """,
            new { first = _firstRecordId, last = _lastRecordId, kind = kind.Stored(), file = FileId, now = LedgerRow.Time(now) },
            _transaction);
    }

    public void DiscardRows()
    {
        EndCopy();
        if (_firstRecordId != 0)
        {
            _connection.Execute(
                "DELETE FROM record WHERE id BETWEEN @first AND @last AND file_id = @FileId",
                new { FileId, first = _firstRecordId, last = _lastRecordId },
                _transaction);
        }

        _connection.Execute($"DELETE FROM {FileAnswerCodes.Table} WHERE file_id = @FileId", new { FileId }, _transaction);
        _codes = null;
        _firstRecordId = _lastRecordId = 0;
    }

    public void Record(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Id != FileId)
        {
            throw new ArgumentException($"The entry's id {entry.Id} is not this load's file id {FileId}.", nameof(entry));
        }

        EndCopy();
        _connection.Execute(LedgerRow.Insert, LedgerRow.Parameters(entry), _transaction);
    }

    public void Commit()
    {
        EndCopy();
        _transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        try
        {
            // An unfinished COPY is cancelled by disposing it; the transaction then rolls back.
            _copy?.Dispose();
            if (!_done)
            {
                _transaction.Rollback();
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is broken: the server rolls the transaction back when it goes.
        }
        finally
        {
            _transaction.Dispose();
            _connection.Dispose();
            _idConnection?.Dispose();
        }
    }

    private static void WriteOptional(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private void EndCopy()
    {
        if (_copy is not null)
        {
            _copy.Complete();
            _copy.Dispose();
            _copy = null;
        }

        if (_takenBack.Count > 0)
        {
            _connection.Execute("DELETE FROM record WHERE id = ANY(@ids) AND file_id = @FileId", new { ids = _takenBack.ToArray(), FileId }, _transaction);
            _takenBack.Clear();
        }
    }
}

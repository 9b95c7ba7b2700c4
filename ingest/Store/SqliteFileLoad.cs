using Dapper;
using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;

namespace Satisfaction.Ingest.Store;

// One file's load in one write transaction (BEGIN IMMEDIATE: SQLite's one writer, so two passes take turns
// file by file). Ids come from the database: the ledger entry's from its placeholder row, each row's from
// SQLite's rowid; with the write lock held a file's rows are one ascending id range, so replacing earlier
// rows and discarding this file's rows are range scans of the primary key.
internal sealed class SqliteFileLoad : IFileLoad
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteRecordInsert _insert;
    private long _firstRecordId;
    private long _lastRecordId;
    private IReadOnlyList<string>? _codes;
    private bool _done;

    public SqliteFileLoad(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction(deferred: false);
        try
        {
            FileId = _connection.ExecuteScalar<long>(LedgerRow.Placeholder, transaction: _transaction);
            _insert = new SqliteRecordInsert(connection);
        }
        catch
        {
            _transaction.Dispose();
            throw;
        }
    }

    public long FileId { get; }

    public bool TryClaim(string inboxPath, long size, DateTimeOffset modifiedUtc) =>
        _connection.Execute(
            "INSERT INTO file_claim (inbox_path, size, modified_utc, file_id) VALUES (@inboxPath, @size, @modified, @FileId) ON CONFLICT DO NOTHING",
            new { inboxPath, size, modified = LedgerRow.Time(modifiedUtc), FileId },
            _transaction) == 1;

    // The write lock held by this load is the lock on the content: no other load commits until this one ends.
    public LedgerEntry? FindArchived(string sha256) =>
        _connection.QueryFirstOrDefault<LedgerRow>(
            $"SELECT {LedgerRow.Columns} FROM ingest_file WHERE sha256 = @sha256 AND outcome = 'archived' ORDER BY id LIMIT 1",
            new { sha256 },
            _transaction)?.ToEntry();

    public long Add(FileKind kind, ParsedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (FileAnswerCodes.IsNew(ref _codes, record.Codes))
        {
            _connection.Execute(
                $"INSERT INTO {FileAnswerCodes.Table} (file_id, codes) VALUES (@FileId, @codes)",
                new { FileId, codes = FileAnswerCodes.ToStored(record.Codes) },
                _transaction);
        }

        var id = _insert.Insert(kind.Stored(), FileId, record);
        if (_firstRecordId == 0)
        {
            _firstRecordId = id;
        }

        _lastRecordId = id;
        return id;
    }

    public void Remove(FileKind kind, long handle) =>
        _connection.Execute("DELETE FROM record WHERE id = @handle AND file_id = @FileId", new { handle, FileId }, _transaction);

    public int SupersedeEarlier(FileKind kind, DateTimeOffset now)
    {
        if (_firstRecordId == 0)
        {
            return 0;
        }

        var args = new { first = _firstRecordId, last = _lastRecordId, kind = kind.Stored(), file = FileId, now = LedgerRow.Time(now) };
        // This file's rows (an id range) drive the join, each looking up its earlier rows by id. Left to itself,
        // the planner may walk every current row through the slice index instead (it holds exactly the rows with
        // superseded_by IS NULL): 10 s instead of 1 s for a million-row file. CROSS JOIN fixes SQLite's join
        // order and INDEXED BY the index of the lookup; NOT INDEXED makes it read this file's rows by their id
        // range rather than every row of the kind through the id index (half the time, measured). With the write
        // lock held the range holds this file's rows only, so a row found in it is skipped on the index entry's
        // id, before its row is read (file_id stays as the definition).
        const string Earlier = """
            FROM record n NOT INDEXED CROSS JOIN record o INDEXED BY ix_record_id
            WHERE o.kind = n.kind AND o.record_id = n.record_id
              AND n.id BETWEEN @first AND @last AND n.file_id = @file AND n.kind = @kind
              AND o.id NOT BETWEEN @first AND @last AND o.file_id <> @file AND o.superseded_by IS NULL
            """;
        // The pairs are found once (each of this file's rows one index lookup) and kept in a temporary table that
        // both the replacement history and the update read: looking them up for each was twice the lookups, ~1 s
        // of a million-row file. The history keeps the order in which the join found them.
        _connection.Execute(
            $"""
            CREATE TEMP TABLE IF NOT EXISTS earlier_pair (old_id INTEGER NOT NULL, new_id INTEGER NOT NULL);
            DELETE FROM temp.earlier_pair;
            INSERT INTO temp.earlier_pair (old_id, new_id) SELECT o.id, n.id {Earlier};
            INSERT INTO replacement (kind, record_id, old_file_id, old_row, new_file_id, new_row, replaced_utc)
                SELECT o.kind, o.record_id, o.file_id, o.source_row, n.file_id, n.source_row, @now
                FROM temp.earlier_pair p CROSS JOIN record o CROSS JOIN record n
                WHERE o.id = p.old_id AND n.id = p.new_id
                ORDER BY p.rowid;
            """,
            args,
            _transaction);
        return _connection.Execute("UPDATE record SET superseded_by = @file WHERE id IN (SELECT old_id FROM temp.earlier_pair)", args, _transaction);
    }

    public void DiscardRows()
    {
        if (_firstRecordId != 0)
        {
            _connection.Execute("DELETE FROM record WHERE id >= @first AND file_id = @FileId", new { FileId, first = _firstRecordId }, _transaction);
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

        _connection.Execute(LedgerRow.Update, LedgerRow.Parameters(entry), _transaction);
    }

    public void Commit()
    {
        _transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        if (!_done)
        {
            _transaction.Rollback();
        }

        _insert.Dispose();
        _transaction.Dispose();
    }
}

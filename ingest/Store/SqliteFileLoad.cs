using Dapper;
using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;

namespace Satisfaction.Ingest.Store;

// One file's load in one write transaction. Row ids are handed out here (the write lock is held),
// so a file's rows are one contiguous id range: replacing earlier rows is one set-based statement.
internal sealed class SqliteFileLoad : IFileLoad
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteRecordInsert _insert;
    private readonly long _firstRecordId;
    private long _nextRecordId;
    private bool _done;

    public SqliteFileLoad(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction(deferred: false);
        FileId = Scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM ingest_file");
        _firstRecordId = _nextRecordId = Scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM record");
        _insert = new SqliteRecordInsert(connection);
    }

    public long FileId { get; }

    public long Add(FileKind kind, ParsedRecord record)
    {
        var id = _nextRecordId++;
        _insert.Insert(id, kind.Stored(), FileId, record);
        return id;
    }

    public void Remove(FileKind kind, long handle) =>
        _connection.Execute("DELETE FROM record WHERE id = @handle AND file_id = @FileId", new { handle, FileId }, _transaction);

    public int SupersedeEarlier(FileKind kind, DateTimeOffset now)
    {
        var args = new { first = _firstRecordId, last = _nextRecordId - 1, kind = kind.Stored(), file = FileId, now = LedgerRow.Time(now) };
        const string Earlier = """
            FROM record n JOIN record o ON o.kind = n.kind AND o.record_id = n.record_id
            WHERE n.id BETWEEN @first AND @last AND n.kind = @kind AND o.id < @first AND o.superseded_by IS NULL
            """;
        _connection.Execute(
            $"INSERT INTO replacement (kind, record_id, old_file_id, old_row, new_file_id, new_row, replaced_utc) SELECT o.kind, o.record_id, o.file_id, o.source_row, n.file_id, n.source_row, @now {Earlier}",
            args,
            _transaction);
        return _connection.Execute($"UPDATE record SET superseded_by = @file WHERE id IN (SELECT o.id {Earlier})", args, _transaction);
    }

    public void DiscardRows()
    {
        _connection.Execute("DELETE FROM record WHERE file_id = @FileId AND id >= @first", new { FileId, first = _firstRecordId }, _transaction);
        _nextRecordId = _firstRecordId;
    }

    public void Record(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Id != FileId)
        {
            throw new ArgumentException($"The entry's id {entry.Id} is not this load's file id {FileId}.", nameof(entry));
        }

        _connection.Execute(LedgerRow.Insert, LedgerRow.Parameters(entry), _transaction);
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

    private long Scalar(string sql) => _connection.ExecuteScalar<long>(sql, transaction: _transaction);
}

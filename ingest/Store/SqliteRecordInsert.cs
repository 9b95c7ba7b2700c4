using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Rows;
using SQLitePCL;

namespace Satisfaction.Ingest.Store;

// The hot path of a load: one prepared INSERT bound by position through SQLitePCL.raw, the library under
// Microsoft.Data.Sqlite. Microsoft.Data.Sqlite binds every parameter by name on every execution, which
// measured at ~5.6 µs of a ~10 µs row; by position the row costs a fraction of that. It runs on the load's
// connection, so it is inside the load's transaction like every other statement.
internal sealed class SqliteRecordInsert : IDisposable
{
    private const string Sql = """
        INSERT INTO record (kind, record_id, file_id, source_row, outlet_code, record_date, shopper_id, comment, given, answers)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        """;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, byte[]> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, byte[]> _dates = [];
    private byte[] _text = new byte[256];
    private string? _boundKind;
    private long _boundFileId;

    public SqliteRecordInsert(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, Sql, out _statement));
    }

    /// <summary>Inserts the row and returns the id the database gave it (its rowid).</summary>
    public long Insert(string kind, long fileId, ParsedRecord record)
    {
        var s = _statement;
        // A load's rows share their kind and file: bound once, as SQLite keeps bindings from row to row (each
        // bind is a native call through the statement's SafeHandle).
        if (!string.Equals(kind, _boundKind, StringComparison.Ordinal) || fileId != _boundFileId)
        {
            Check(raw.sqlite3_bind_text(s, 1, Utf8(_kinds, kind)));
            Check(raw.sqlite3_bind_int64(s, 3, fileId));
            _boundKind = kind;
            _boundFileId = fileId;
        }

        BindText(s, 2, record.Id);
        raw.sqlite3_bind_int64(s, 4, record.Row);
        BindText(s, 5, record.OutletCode);
        Check(raw.sqlite3_bind_text(s, 6, Date(record.Date)));
        BindText(s, 7, record.ShopperId);
        BindText(s, 8, record.Comment);
        Check(raw.sqlite3_bind_blob(s, 9, record.Given));
        Check(raw.sqlite3_bind_blob(s, 10, record.Read));
        var result = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }

        return raw.sqlite3_last_insert_rowid(_db);
    }

    public void Dispose() => _statement.Dispose();

    private static byte[] Utf8(Dictionary<string, byte[]> known, string text)
    {
        if (!known.TryGetValue(text, out var utf8))
        {
            utf8 = Encoding.UTF8.GetBytes(text);
            known[text] = utf8;
        }

        return utf8;
    }

    // A file's rows fall on a few dates: each one's text is made once.
    private byte[] Date(DateOnly date)
    {
        if (!_dates.TryGetValue(date, out var utf8))
        {
            utf8 = Encoding.UTF8.GetBytes(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _dates[date] = utf8;
        }

        return utf8;
    }

    // The text's UTF-8 in a reused buffer (SQLite copies what is bound): no string to bytes allocation per cell.
    private void BindText(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(statement, index));
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _text.Length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _text);
        Check(raw.sqlite3_bind_text(statement, index, _text.AsSpan(0, written)));
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
        }
    }
}

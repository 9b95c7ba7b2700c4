using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Headers;
using SQLitePCL;

namespace Satisfaction.Ingest.Store;

// The current rows of a slice straight through SQLite's C API (SQLitePCL.raw), columns by position, as the insert
// writes them (SqliteRecordInsert): a report pass reads every row of a province several times, and the ADO.NET
// reader's per-column checks, per-row strings and date parsing were most of the read. Outlet codes are shared
// strings (Utf8StringCache), dates parsed from their ten bytes. It runs on the store's connection; a file's code
// list is looked up on it when the first of its rows comes by, inside the same read (SQLite lets one connection
// step several statements).
internal static class SqliteRecordRead
{
    private const string OutletsIn = "outlet_code IN (SELECT value FROM json_each(@codes))";

    public static IEnumerable<StoredRecord> Current(SqliteConnection connection, FileKind kind, RecordSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);

        // Without an outlet list the slice index cannot narrow the read: scan the table in id order, with no sort.
        var query = RecordSliceQuery.For(kind, slice, OutletsIn, slice.OutletCodes is null ? "record NOT INDEXED" : "record");
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        return Read(db, kind, query);
    }

    private static IEnumerable<StoredRecord> Read(sqlite3 db, FileKind kind, RecordSliceQuery query)
    {
        using var statement = Prepare(db, query.Sql);
        Bind(db, statement, "@kind", query.Kind);
        if (query.OutletCodes is { } codes)
        {
            // One bound JSON array rather than a parameter per code: a province lists thousands of outlets.
            Bind(db, statement, "@codes", System.Text.Json.JsonSerializer.Serialize(codes));
        }

        if (query.From is { } from)
        {
            Bind(db, statement, "@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            Bind(db, statement, "@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        using var codesOf = Prepare(db, $"SELECT codes FROM {FileAnswerCodes.Table} WHERE file_id = ?1");
        var answers = new StoredAnswerReader(fileId => CodesOf(db, codesOf, fileId));
        var outlets = new Utf8StringCache();
        while (true)
        {
            var result = raw.sqlite3_step(statement);
            if (result == raw.SQLITE_DONE)
            {
                yield break;
            }

            if (result != raw.SQLITE_ROW)
            {
                throw Failure(db, result);
            }

            var fileId = raw.sqlite3_column_int64(statement, RecordSliceQuery.FileId);
            var parsed = raw.sqlite3_column_type(statement, RecordSliceQuery.Answers) == raw.SQLITE_NULL
                ? StoredRecord.NoAnswers
                : answers.Read(fileId, raw.sqlite3_column_blob(statement, RecordSliceQuery.Answers));
            yield return new StoredRecord(
                kind,
                Text(statement, RecordSliceQuery.RecordId)!,
                outlets.Get(raw.sqlite3_column_blob(statement, RecordSliceQuery.OutletCode)),
                Date(raw.sqlite3_column_blob(statement, RecordSliceQuery.Date)),
                Text(statement, RecordSliceQuery.ShopperId),
                Text(statement, RecordSliceQuery.Comment),
                parsed,
                fileId);
        }
    }

    private static List<string> CodesOf(sqlite3 db, sqlite3_stmt codesOf, long fileId)
    {
        raw.sqlite3_reset(codesOf);
        raw.sqlite3_bind_int64(codesOf, 1, fileId);
        var result = raw.sqlite3_step(codesOf);
        if (result == raw.SQLITE_DONE)
        {
            throw new InvalidDataException($"The store holds rows of file {fileId} but not its answer codes.");
        }

        if (result != raw.SQLITE_ROW)
        {
            throw Failure(db, result);
        }

        return FileAnswerCodes.FromStored(Text(codesOf, 0)!);
    }

    private static string? Text(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column));

    // yyyy-MM-dd, as the insert writes it.
    private static DateOnly Date(ReadOnlySpan<byte> text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out var year) && TryDigits(text.Slice(5, 2), out var month) && TryDigits(text.Slice(8, 2), out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month) && year >= 1)
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.ParseExact(Encoding.UTF8.GetString(text), "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            if (d is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (d - '0');
        }

        return true;
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        var result = raw.sqlite3_prepare_v2(db, sql, out var statement);
        if (result != raw.SQLITE_OK)
        {
            statement.Dispose();
            throw Failure(db, result);
        }

        return statement;
    }

    private static void Bind(sqlite3 db, sqlite3_stmt statement, string name, string value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        var result = raw.sqlite3_bind_text(statement, index, value);
        if (result != raw.SQLITE_OK)
        {
            throw Failure(db, result);
        }
    }

    private static SqliteException Failure(sqlite3 db, int result) => new(raw.sqlite3_errmsg(db).utf8_to_string(), result);
}

using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// The embedded default store: one SQLite file in the data folder (WAL, full sync on commit, so a file's
/// commit survives a killed process and a power cut). One writer at a time; readers never block it.
/// </summary>
public sealed class SqliteIngestStore : IIngestStore
{
    public const string FileName = "satisfaction.db";
    private const int LoadingCache = 16_000;
    private const int ReadingCache = 2_000;
    private readonly SqliteConnection _connection;
    private int _cachedKibibytes;

    public SqliteIngestStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Pooling = false,
            DefaultTimeout = 60,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        _connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 60000;");
        CachePages(LoadingCache);
    }

    public string DatabasePath { get; }

    public static SqliteIngestStore InDataFolder(string dataFolder) => new(Path.Combine(dataFolder, FileName));

    public void Migrate()
    {
        // The version is read inside the write transaction, so two processes starting together upgrade once.
        using var transaction = _connection.BeginTransaction(deferred: false);
        var version = _connection.ExecuteScalar<long>("PRAGMA user_version", transaction: transaction);
        if (version > SqliteSchema.Version)
        {
            throw new InvalidOperationException(
                $"The store {DatabasePath} has schema version {version}, newer than this program's {SqliteSchema.Version}: upgrade the program.");
        }

        if (version == SqliteSchema.Version)
        {
            _connection.Execute(SqliteSchema.SliceIndex, transaction: transaction);
            transaction.Commit();
            return;
        }

        foreach (var step in SqliteSchema.StepsFrom(version))
        {
            _connection.Execute(step, transaction: transaction);
        }

        if (SqliteSchema.HoldsJsonAnswers(version))
        {
            SqliteAnswersUpgrade.Run(_connection, transaction);
        }

        _connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {SqliteSchema.Version}"), transaction: transaction);
        _connection.Execute(SqliteSchema.SliceIndex, transaction: transaction);
        transaction.Commit();
    }

    public LedgerEntry? FindArchived(string sha256) =>
        _connection.QueryFirstOrDefault<LedgerRow>(
            $"SELECT {LedgerRow.Columns} FROM ingest_file WHERE sha256 = @sha256 AND outcome = 'archived' ORDER BY id LIMIT 1",
            new { sha256 })?.ToEntry();

    public IReadOnlyList<LedgerEntry> Ledger() =>
        _connection.Query<LedgerRow>($"SELECT {LedgerRow.Columns} FROM ingest_file ORDER BY id").Select(r => r.ToEntry()).ToList();

    public (IReadOnlyList<LedgerEntry> Entries, int Total) LedgerNewestFirst(int skip, int take) =>
        ([.. _connection.Query<LedgerRow>($"SELECT {LedgerRow.Columns} FROM ingest_file ORDER BY id DESC LIMIT @take OFFSET @skip", new { skip, take }).Select(r => r.ToEntry())],
         _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM ingest_file"));

    public LedgerEntry? LedgerEntry(long id) =>
        _connection.QueryFirstOrDefault<LedgerRow>($"SELECT {LedgerRow.Columns} FROM ingest_file WHERE id = @id", new { id })?.ToEntry();

    public IReadOnlyList<LedgerEntry> PendingMoves() =>
        _connection.Query<LedgerRow>($"SELECT {LedgerRow.Columns} FROM ingest_file WHERE moved = 0 ORDER BY id").Select(r => r.ToEntry()).ToList();

    // The file has left the inbox: its claim goes with the same commit, so a file dropped again later under
    // the same name, size and time is a new arrival.
    public void MarkMoved(long fileId)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        _connection.Execute("UPDATE ingest_file SET moved = 1 WHERE id = @fileId; DELETE FROM file_claim WHERE file_id = @fileId", new { fileId }, transaction);
        transaction.Commit();
    }

    public IFileLoad BeginLoad()
    {
        CachePages(LoadingCache);
        return new SqliteFileLoad(_connection);
    }

    public IReadOnlyList<long> FilesOwingReports() =>
        _connection.Query<long>("SELECT id FROM ingest_file WHERE reports_owed = 1 ORDER BY id").ToList();

    public IReadOnlyList<ReplacedPlace> PlacesReplacedBy(IReadOnlyCollection<long> fileIds)
    {
        ArgumentNullException.ThrowIfNull(fileIds);
        if (fileIds.Count == 0)
        {
            return [];
        }

        // Through the replacement history (small) and the (kind, record_id) index: every stored version of
        // each replaced id, a superset of the replaced rows that is harmless for choosing periods.
        return _connection.Query<(string Date, string Outlet)>(
                """
                SELECT DISTINCT o.record_date, o.outlet_code FROM replacement r
                JOIN record o ON o.kind = r.kind AND o.record_id = r.record_id
                WHERE r.new_file_id IN @fileIds
                """,
                new { fileIds })
            .Select(p => new ReplacedPlace(DateOnly.ParseExact(p.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), p.Outlet))
            .ToList();
    }

    public void MarkReported(IReadOnlyCollection<long> fileIds)
    {
        ArgumentNullException.ThrowIfNull(fileIds);
        foreach (var chunk in fileIds.Chunk(500))
        {
            _connection.Execute("UPDATE ingest_file SET reports_owed = 0 WHERE id IN @chunk", new { chunk });
        }
    }

    public IReadOnlyList<Replacement> Replacements() =>
        _connection.Query<(string Kind, string RecordId, long OldFileId, long OldRow, long NewFileId, long NewRow, string ReplacedUtc)>(
                "SELECT kind, record_id, old_file_id, old_row, new_file_id, new_row, replaced_utc FROM replacement ORDER BY id")
            .Select(r => new Replacement(
                FileKindNames.FromStored(r.Kind)!.Value, r.RecordId, r.OldFileId, (int)r.OldRow, r.NewFileId, (int)r.NewRow, LedgerRow.Time(r.ReplacedUtc)))
            .ToList();

    public IEnumerable<StoredRecord> Current(FileKind kind) => Current(kind, RecordSlice.All);

    public IEnumerable<StoredRecord> Current(FileKind kind, RecordSlice slice)
    {
        CachePages(ReadingCache);
        return SqliteRecordRead.Current(_connection, kind, slice);
    }

    // A load keeps the indexes it updates in pages of memory; reading rows back is one pass over them, which
    // a small cache serves as well (a report pass held the load's 16 MB of pages to its end).
    private void CachePages(int kibibytes)
    {
        if (_cachedKibibytes == kibibytes)
        {
            return;
        }

        _connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{kibibytes}"));
        if (kibibytes < _cachedKibibytes)
        {
            _connection.Execute("PRAGMA shrink_memory");
        }

        _cachedKibibytes = kibibytes;
    }

    public int CountCurrent(FileKind kind) =>
        _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM record WHERE kind = @kind AND superseded_by IS NULL", new { kind = kind.Stored() });

    public void Dispose() => _connection.Dispose();
}

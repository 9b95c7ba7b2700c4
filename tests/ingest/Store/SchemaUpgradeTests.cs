using Dapper;
using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Tests.Store;

// A store written by the first release (schema version 1) is upgraded in place on the next start: its
// rows and ledger kept (their JSON answers rewritten as cells, nothing lost), and every archived file owing
// its workbooks once, since version 1 could not record whether they were written.
public sealed class SchemaUpgradeTests : IDisposable
{
    // The schema of version 1, as the first release created it.
    private const string Version1 = """

        CREATE TABLE IF NOT EXISTS ingest_file (
            id            INTEGER PRIMARY KEY,
            name          TEXT    NOT NULL,
            sha256        TEXT    NOT NULL,
            size          INTEGER NOT NULL,
            modified_utc  TEXT    NOT NULL,
            processed_utc TEXT    NOT NULL,
            kind          TEXT,
            outcome       TEXT    NOT NULL CHECK (outcome IN ('archived', 'duplicate', 'quarantined')),
            rows_loaded   INTEGER NOT NULL,
            rows_rejected INTEGER NOT NULL,
            rows_skipped  INTEGER NOT NULL,
            warnings      INTEGER NOT NULL,
            rows_replaced INTEGER NOT NULL,
            reasons       TEXT    NOT NULL,
            duplicate_of  INTEGER REFERENCES ingest_file (id),
            description   TEXT,
            inbox_path    TEXT    NOT NULL,
            stored_path   TEXT    NOT NULL,
            report_path   TEXT    NOT NULL,
            moved         INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_ingest_file_sha256 ON ingest_file (sha256, outcome);

        -- Every loaded visit (kind 'mystery') and survey response (kind 'survey'). Rows replaced by a later
        -- file stay, marked superseded_by, so the history of replacements keeps what was replaced.
        CREATE TABLE IF NOT EXISTS record (
            id            INTEGER PRIMARY KEY,
            kind          TEXT    NOT NULL,
            record_id     TEXT    NOT NULL,
            file_id       INTEGER NOT NULL,
            source_row    INTEGER NOT NULL,
            outlet_code   TEXT    NOT NULL,
            record_date   TEXT    NOT NULL,
            shopper_id    TEXT,
            comment       TEXT,
            given         TEXT    NOT NULL,
            answers       TEXT    NOT NULL,
            superseded_by INTEGER
        );
        CREATE INDEX IF NOT EXISTS ix_record_id ON record (kind, record_id);

        CREATE TABLE IF NOT EXISTS replacement (
            id            INTEGER PRIMARY KEY,
            kind          TEXT    NOT NULL,
            record_id     TEXT    NOT NULL,
            old_file_id   INTEGER NOT NULL,
            old_row       INTEGER NOT NULL,
            new_file_id   INTEGER NOT NULL,
            new_row       INTEGER NOT NULL,
            replaced_utc  TEXT    NOT NULL
        );
        """;

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AVersion1StoreIsUpgradedInPlaceKeepingItsRowsAndOwingTheWorkbooksOfItsArchivedFiles()
    {
        var database = Path.Combine(_folder.Sub("data"), SqliteIngestStore.FileName);
        WriteVersion1(database);

        using var store = new SqliteIngestStore(database);
        store.Migrate();
        store.Migrate();

        Assert.Equal(4, UserVersion(database));
        Assert.Equal([(1L, FileOutcome.Archived, true), (2L, FileOutcome.Quarantined, false)], store.Ledger().Select(e => (e.Id, e.Outcome, e.ReportsOwed)));
        Assert.Equal([1L], store.FilesOwingReports());
        var row = Assert.Single(store.Current(FileKind.Survey));
        Assert.Equal("R1", row.Id);
        Assert.Equal([("S1", Answer.Of(8)), ("S2", Answer.Of(7.5)), ("S3", Answer.NotApplicable)], row.Answers.Select(p => (p.Key, p.Value)));
        Assert.Equal(["S1", "S2", "S3"], FileCodes(database, 1));
        Assert.Equal(["8", "七点五", null], Given(database, 1));
        store.MarkReported([1L]);
        Assert.Empty(store.FilesOwingReports());
    }

    [Fact]
    public void AStoreNewerThanTheProgramIsRefusedUntouched()
    {
        var database = Path.Combine(_folder.Sub("data"), SqliteIngestStore.FileName);
        WriteVersion1(database);
        Execute(database, "PRAGMA user_version = 99");

        using var store = new SqliteIngestStore(database);

        Assert.Throws<InvalidOperationException>(store.Migrate);
        Assert.Equal(99, UserVersion(database));
    }

    private static void WriteVersion1(string database)
    {
        Execute(database, Version1 + """
            INSERT INTO ingest_file (id, name, sha256, size, modified_utc, processed_utc, kind, outcome, rows_loaded, rows_rejected,
                rows_skipped, warnings, rows_replaced, reasons, inbox_path, stored_path, report_path, moved)
            VALUES (1, 'a.csv', 'aa', 10, '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z', 'survey', 'archived', 1, 0, 0, 0, 0, '[]', 'in/a.csv', 'archive/a.csv', 'archive/a.csv.report.xlsx', 1),
                   (2, 'b.csv', 'bb', 10, '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z', NULL, 'quarantined', 0, 0, 0, 0, 0, '["bad"]', 'in/b.csv', 'quarantine/b.csv', 'quarantine/b.csv.report.xlsx', 1);
            INSERT INTO record (id, kind, record_id, file_id, source_row, outlet_code, record_date, given, answers)
            VALUES (1, 'survey', 'R1', 1, 2, '0250101', '2026-07-05', '{"S1":"8","S2":"七点五"}', '{"S1":8,"S2":7.5,"S3":null}');
            PRAGMA user_version = 1;
            """);
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        connection.Execute(sql);
    }

    private static List<string> FileCodes(string database, long fileId)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        return System.Text.Json.JsonSerializer.Deserialize<List<string>>(connection.ExecuteScalar<string>("SELECT codes FROM file_answer_codes WHERE file_id = @fileId", new { fileId })!)!;
    }

    private static List<string?> Given(string database, long recordId)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        return AnswerCells.GivenTexts(connection.ExecuteScalar<byte[]>("SELECT given FROM record WHERE id = @recordId", new { recordId }));
    }

    private static long UserVersion(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<long>("PRAGMA user_version");
    }
}

namespace Satisfaction.Ingest.Store;

// The SQLite schema, versioned with PRAGMA user_version so that later releases can upgrade in place:
// a new store gets Create and every step after it; an older one the steps from its version on, in one
// transaction. PostgreSQL keeps the same numbering (Postgres/PostgresSchema.cs).
internal static class SqliteSchema
{
    public const int Version = 4;

    /// <summary>The steps that take a store of version <paramref name="from"/> to <see cref="Version"/>.</summary>
    public static IEnumerable<string> StepsFrom(long from)
    {
        if (from == 0)
        {
            yield return Create;
        }
        else if (from == 1)
        {
            yield return UpgradeFrom1;
        }

        if (from < 3)
        {
            yield return UpgradeFrom2;
        }

        if (from < 4)
        {
            yield return UpgradeFrom3;
        }
    }

    /// <summary>Whether the rows of a store of this version hold JSON answers, to be rewritten as cells (SqliteAnswersUpgrade).</summary>
    public static bool HoldsJsonAnswers(long version) => version is > 0 and < 4;

    // Version 4: a row's answers are cells aligned to its file's code list (Rows/AnswerCells.cs), kept once per file
    // here, instead of two JSON objects keyed by code: a third of the bytes to write and to read, and no JSON to
    // build on ingest or parse on every read. The rows themselves are rewritten by SqliteAnswersUpgrade.
    public const string UpgradeFrom3 = """
        CREATE TABLE IF NOT EXISTS file_answer_codes (
            file_id       INTEGER PRIMARY KEY,
            codes         TEXT    NOT NULL
        );
        """;

    // Version 3: two passes at once. A file is claimed in the load that takes it (file_claim, keyed by the
    // inbox entry as the stable look saw it) and the claim is dropped when the file has left the inbox, so a
    // second pass never takes a file the first is loading or moving. Ids come from the database: a ledger
    // entry's id is the row its load inserts first (INTEGER PRIMARY KEY), a row's id SQLite's rowid.
    public const string UpgradeFrom2 = """
        CREATE TABLE IF NOT EXISTS file_claim (
            inbox_path    TEXT    NOT NULL,
            size          INTEGER NOT NULL,
            modified_utc  TEXT    NOT NULL,
            file_id       INTEGER NOT NULL,
            PRIMARY KEY (inbox_path, size, modified_utc)
        );
        CREATE INDEX IF NOT EXISTS ix_file_claim_file ON file_claim (file_id);
        """;

    // Version 2: an archived file owes its periods' workbooks until a report pass has written them
    // (reports_owed, set in the file's own load transaction). A version-1 store cannot tell which of its
    // files reached the workbooks, so every archived file owes them once: the next run rewrites them all.
    public const string UpgradeFrom1 = """
        ALTER TABLE ingest_file ADD COLUMN reports_owed INTEGER NOT NULL DEFAULT 0;
        UPDATE ingest_file SET reports_owed = 1 WHERE outcome = 'archived';
        CREATE INDEX IF NOT EXISTS ix_ingest_file_reports_owed ON ingest_file (reports_owed) WHERE reports_owed = 1;
        """;

    // Not a schema version of its own: made at every open if missing (a store of any version gets it), so that a
    // report pass reads one province-period's rows by date range (the outlets are filtered on those rows) instead
    // of the whole table. By (kind, date) rather than (kind, outlet, date): a file's rows arrive in a few dates, so
    // the index grows at a few places instead of at a random outlet per row — that cost ingest 6 s per million
    // rows (benchmarks/run-ingest.sh). The earlier (kind, outlet, date) index is dropped where it was made.
    public const string SliceIndex = """
        DROP INDEX IF EXISTS ix_record_slice;
        CREATE INDEX IF NOT EXISTS ix_record_dates ON record (kind, record_date) WHERE superseded_by IS NULL;
        """;

    public const string Create = """
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
            moved         INTEGER NOT NULL DEFAULT 0,
            reports_owed  INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_ingest_file_sha256 ON ingest_file (sha256, outcome);
        CREATE INDEX IF NOT EXISTS ix_ingest_file_reports_owed ON ingest_file (reports_owed) WHERE reports_owed = 1;

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
            given         BLOB    NOT NULL,
            answers       BLOB    NOT NULL,
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
}

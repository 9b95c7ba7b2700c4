using System.Globalization;
using System.Text.Json;
using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Store;

// The ledger table as Dapper reads it (column names with underscores), mapped to LedgerEntry.
internal sealed class LedgerRow
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public long Size { get; set; }

    public string ModifiedUtc { get; set; } = string.Empty;

    public string ProcessedUtc { get; set; } = string.Empty;

    public string? Kind { get; set; }

    public string Outcome { get; set; } = string.Empty;

    public int RowsLoaded { get; set; }

    public int RowsRejected { get; set; }

    public int RowsSkipped { get; set; }

    public int Warnings { get; set; }

    public int RowsReplaced { get; set; }

    public string Reasons { get; set; } = "[]";

    public long? DuplicateOf { get; set; }

    public string? Description { get; set; }

    public string InboxPath { get; set; } = string.Empty;

    public string StoredPath { get; set; } = string.Empty;

    public string ReportPath { get; set; } = string.Empty;

    public long Moved { get; set; }

    public long ReportsOwed { get; set; }

    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static object Parameters(LedgerEntry e) => new
    {
        e.Id,
        e.Name,
        e.Sha256,
        e.Size,
        ModifiedUtc = Time(e.ModifiedUtc),
        ProcessedUtc = Time(e.ProcessedUtc),
        Kind = e.Kind?.Stored(),
        Outcome = e.Outcome.Stored(),
        e.RowsLoaded,
        e.RowsRejected,
        e.RowsSkipped,
        e.Warnings,
        e.RowsReplaced,
        Reasons = JsonSerializer.Serialize(e.Reasons),
        e.DuplicateOf,
        e.Description,
        e.InboxPath,
        e.StoredPath,
        e.ReportPath,
        Moved = e.Moved ? 1 : 0,
        ReportsOwed = e.Outcome == FileOutcome.Archived ? 1 : 0,
    };

    public const string Columns = """
        id AS Id, name AS Name, sha256 AS Sha256, size AS Size, modified_utc AS ModifiedUtc,
        processed_utc AS ProcessedUtc, kind AS Kind, outcome AS Outcome, rows_loaded AS RowsLoaded,
        rows_rejected AS RowsRejected, rows_skipped AS RowsSkipped, warnings AS Warnings,
        rows_replaced AS RowsReplaced, reasons AS Reasons, duplicate_of AS DuplicateOf,
        description AS Description, inbox_path AS InboxPath, stored_path AS StoredPath,
        report_path AS ReportPath, moved AS Moved, reports_owed AS ReportsOwed
        """;

    public const string Insert = """
        INSERT INTO ingest_file (id, name, sha256, size, modified_utc, processed_utc, kind, outcome,
            rows_loaded, rows_rejected, rows_skipped, warnings, rows_replaced, reasons, duplicate_of,
            description, inbox_path, stored_path, report_path, moved, reports_owed)
        VALUES (@Id, @Name, @Sha256, @Size, @ModifiedUtc, @ProcessedUtc, @Kind, @Outcome,
            @RowsLoaded, @RowsRejected, @RowsSkipped, @Warnings, @RowsReplaced, @Reasons, @DuplicateOf,
            @Description, @InboxPath, @StoredPath, @ReportPath, @Moved, @ReportsOwed)
        """;

    // SQLite's load inserts a placeholder first, to have the database hand out the file's id (RETURNING id),
    // and fills it in when the outcome is known; both within the load's transaction.
    public const string Placeholder = """
        INSERT INTO ingest_file (name, sha256, size, modified_utc, processed_utc, outcome, rows_loaded, rows_rejected,
            rows_skipped, warnings, rows_replaced, reasons, inbox_path, stored_path, report_path, moved)
        VALUES ('', '', 0, '', '', 'quarantined', 0, 0, 0, 0, 0, '[]', '', '', '', 1)
        RETURNING id
        """;

    public const string Update = """
        UPDATE ingest_file SET name = @Name, sha256 = @Sha256, size = @Size, modified_utc = @ModifiedUtc,
            processed_utc = @ProcessedUtc, kind = @Kind, outcome = @Outcome, rows_loaded = @RowsLoaded,
            rows_rejected = @RowsRejected, rows_skipped = @RowsSkipped, warnings = @Warnings,
            rows_replaced = @RowsReplaced, reasons = @Reasons, duplicate_of = @DuplicateOf,
            description = @Description, inbox_path = @InboxPath, stored_path = @StoredPath,
            report_path = @ReportPath, moved = @Moved, reports_owed = @ReportsOwed
        WHERE id = @Id
        """;

    public LedgerEntry ToEntry() => new()
    {
        Id = Id,
        Name = Name,
        Sha256 = Sha256,
        Size = Size,
        ModifiedUtc = Time(ModifiedUtc),
        ProcessedUtc = Time(ProcessedUtc),
        Kind = FileKindNames.FromStored(Kind),
        Outcome = FileOutcomeNames.Parse(Outcome),
        RowsLoaded = RowsLoaded,
        RowsRejected = RowsRejected,
        RowsSkipped = RowsSkipped,
        Warnings = Warnings,
        RowsReplaced = RowsReplaced,
        Reasons = JsonSerializer.Deserialize<List<string>>(Reasons) ?? [],
        DuplicateOf = DuplicateOf,
        Description = Description,
        InboxPath = InboxPath,
        StoredPath = StoredPath,
        ReportPath = ReportPath,
        Moved = Moved != 0,
        ReportsOwed = ReportsOwed != 0,
    };
}

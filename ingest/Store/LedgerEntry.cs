using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Store;

/// <summary>One file in the ledger: what arrived, what became of it, and where it and its error report are.</summary>
public sealed record LedgerEntry
{
    public long Id { get; init; }

    /// <summary>The file name as the vendor dropped it.</summary>
    public required string Name { get; init; }

    public required string Sha256 { get; init; }

    public required long Size { get; init; }

    public required DateTimeOffset ModifiedUtc { get; init; }

    public required DateTimeOffset ProcessedUtc { get; init; }

    public FileKind? Kind { get; init; }

    public required FileOutcome Outcome { get; init; }

    public int RowsLoaded { get; init; }

    public int RowsRejected { get; init; }

    public int RowsSkipped { get; init; }

    public int Warnings { get; init; }

    /// <summary>Rows of earlier files that this file's rows replaced.</summary>
    public int RowsReplaced { get; init; }

    /// <summary>Why the file was quarantined or a duplicate, and file-level warnings; empty when clean.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public long? DuplicateOf { get; init; }

    /// <summary>How it was read (encoding, delimiter, sheet), for the analyst.</summary>
    public string? Description { get; init; }

    /// <summary>Where the file was picked up from.</summary>
    public required string InboxPath { get; init; }

    /// <summary>Where the file is kept now (archive, duplicates or quarantine folder).</summary>
    public required string StoredPath { get; init; }

    /// <summary>The error report workbook beside the stored file.</summary>
    public required string ReportPath { get; init; }

    /// <summary>False between the commit and the move out of the inbox; a restart finishes the move.</summary>
    public bool Moved { get; init; }

    /// <summary>True while the file is archived but its rows have not yet reached the workbooks (set by the store).</summary>
    public bool ReportsOwed { get; init; }
}

using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// The ledger and the loaded rows. SQLite is the embedded default; a PostgreSQL store implements the
/// same contract for many machines.
/// </summary>
public interface IIngestStore : IDisposable
{
    /// <summary>Creates or upgrades the schema; safe to call on every start.</summary>
    void Migrate();

    /// <summary>The archived file with this content, if any (duplicates are judged against loaded files only).</summary>
    LedgerEntry? FindArchived(string sha256);

    /// <summary>Every ledger entry, oldest first.</summary>
    IReadOnlyList<LedgerEntry> Ledger();

    /// <summary>Committed entries whose file has not yet left the inbox (a crash between commit and move).</summary>
    IReadOnlyList<LedgerEntry> PendingMoves();

    void MarkMoved(long fileId);

    IFileLoad BeginLoad();

    IReadOnlyList<Replacement> Replacements();

    /// <summary>Current rows of a kind (replaced rows excluded), streamed.</summary>
    IEnumerable<StoredRecord> Current(FileKind kind);

    int CountCurrent(FileKind kind);
}

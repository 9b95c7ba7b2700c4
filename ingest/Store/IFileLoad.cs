using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// Loading one file: a single transaction that holds the file's rows and its ledger entry, so both land
/// together or not at all. Disposing without <see cref="Commit"/> rolls everything back.
/// </summary>
public interface IFileLoad : IDisposable
{
    /// <summary>The ledger id this file will have once committed, handed out by the database.</summary>
    long FileId { get; }

    /// <summary>
    /// Claims the inbox entry (as the stable look saw it: path, size, time) for this load; false when another
    /// pass is loading or moving it, which then is that pass's to finish. The claim commits with the load (a
    /// killed load's claim is rolled back with it) and is dropped when the file has left the inbox
    /// (<see cref="IIngestStore.MarkMoved"/>).
    /// </summary>
    bool TryClaim(string inboxPath, long size, DateTimeOffset modifiedUtc);

    /// <summary>
    /// The archived file with this content, if any, judged under a lock on the content that holds until this
    /// load ends: two passes never both archive the same content.
    /// </summary>
    LedgerEntry? FindArchived(string sha256);

    /// <summary>Adds an accepted row; returns a handle to remove it again within this load.</summary>
    long Add(FileKind kind, ParsedRecord record);

    /// <summary>Takes back a row added in this load (an id that later turned out ambiguous).</summary>
    void Remove(FileKind kind, long handle);

    /// <summary>Marks the rows of earlier files that this file's ids replace, records each, and returns how many.</summary>
    int SupersedeEarlier(FileKind kind, DateTimeOffset now);

    /// <summary>Drops the rows added so far (the file is being quarantined); the ledger entry can still be recorded.</summary>
    void DiscardRows();

    /// <summary>Records the file's ledger entry; an archived one owes its periods' workbooks until they are written.</summary>
    void Record(LedgerEntry entry);

    void Commit();
}

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

    /// <summary>
    /// One page of the ledger, newest first, and how many entries it holds in all: what a page showing a long
    /// ledger reads. This default reads the whole ledger; a store serves it from its index instead.
    /// </summary>
    (IReadOnlyList<LedgerEntry> Entries, int Total) LedgerNewestFirst(int skip, int take)
    {
        var ledger = Ledger();
        return ([.. ledger.Reverse().Skip(skip).Take(take)], ledger.Count);
    }

    /// <summary>The ledger entry with this id, if any.</summary>
    LedgerEntry? LedgerEntry(long id) => Ledger().FirstOrDefault(e => e.Id == id);

    /// <summary>Committed entries whose file has not yet left the inbox (a crash between commit and move).</summary>
    IReadOnlyList<LedgerEntry> PendingMoves();

    void MarkMoved(long fileId);

    IFileLoad BeginLoad();

    /// <summary>
    /// Archived files whose rows have not yet reached the workbooks, oldest first. An archived entry is
    /// recorded owing them in its own load transaction (see <see cref="IFileLoad.Record"/>), and owes them
    /// until <see cref="MarkReported"/>: a pass that fails or is killed before its workbooks are in place
    /// leaves the debt for the next pass.
    /// </summary>
    IReadOnlyList<long> FilesOwingReports();

    /// <summary>
    /// The dates and outlets of the rows these files replaced: the province-periods those rows left owe a rewrite
    /// too (a resubmission can move a row to another period or outlet).
    /// </summary>
    IReadOnlyList<ReplacedPlace> PlacesReplacedBy(IReadOnlyCollection<long> fileIds);

    /// <summary>Clears what these files owe; called only after their periods' workbooks are renamed into place.</summary>
    void MarkReported(IReadOnlyCollection<long> fileIds);

    IReadOnlyList<Replacement> Replacements();

    /// <summary>Current rows of a kind (replaced rows excluded), streamed.</summary>
    IEnumerable<StoredRecord> Current(FileKind kind);

    /// <summary>
    /// Current rows of a kind within a slice (some outlets, a date range), streamed in load order: what one
    /// province-period's workbooks read. This default filters <see cref="Current(FileKind)"/>; a store serves it
    /// from an index on (kind, outlet, date).
    /// </summary>
    IEnumerable<StoredRecord> Current(FileKind kind, RecordSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var codes = slice.OutletCodes is null or ISet<string> ? slice.OutletCodes : new HashSet<string>(slice.OutletCodes, StringComparer.Ordinal);
        var within = slice with { OutletCodes = codes };
        return Current(kind).Where(r => within.Holds(r.OutletCode, r.Date))
            .Select(r => slice.WithAnswers ? r : r with { Answers = StoredRecord.NoAnswers, ShopperId = null, Comment = null });
    }

    int CountCurrent(FileKind kind);
}

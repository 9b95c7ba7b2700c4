using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Web;

/// <summary>One page of the ledger, newest file first.</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerEntry> Entries, int Page, int Size, int Total)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public static LedgerPage Of(IIngestStore store, int page, int size)
    {
        ArgumentNullException.ThrowIfNull(store);
        size = Math.Clamp(size, 1, MaxSize);
        page = Math.Max(1, page);
        var (entries, total) = store.LedgerNewestFirst((page - 1) * size, size);
        var pages = Math.Max(1, (total + size - 1) / size);
        if (page > pages)
        {
            // Past the end (the ledger is shorter than the link remembered): the last page.
            page = pages;
            (entries, total) = store.LedgerNewestFirst((page - 1) * size, size);
        }

        return new LedgerPage(entries, page, size, total);
    }

    /// <summary>Whether the analyst gets an error report to open: quarantined, a duplicate, or rows rejected.</summary>
    public static bool HasErrorReport(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Outcome != FileOutcome.Archived || entry.RowsRejected > 0 || entry.Warnings > 0;
    }
}

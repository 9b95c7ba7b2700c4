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
        var ledger = store.Ledger();
        var pages = Math.Max(1, (ledger.Count + size - 1) / size);
        page = Math.Clamp(page, 1, pages);
        var entries = new List<LedgerEntry>(size);
        for (var i = ledger.Count - 1 - ((page - 1) * size); i >= 0 && entries.Count < size; i--)
        {
            entries.Add(ledger[i]);
        }

        return new LedgerPage(entries, page, size, ledger.Count);
    }

    /// <summary>Whether the analyst gets an error report to open: quarantined, a duplicate, or rows rejected.</summary>
    public static bool HasErrorReport(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Outcome != FileOutcome.Archived || entry.RowsRejected > 0 || entry.Warnings > 0;
    }
}

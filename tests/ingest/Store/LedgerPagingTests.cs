using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;

namespace Satisfaction.Ingest.Tests.Store;

// A page showing a long ledger reads one page of it, newest first, from the store's index; the store's answer
// is the same as the contract's default, which reads the whole ledger.
public sealed class LedgerPagingTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void TheLedgerIsReadAPageAtATimeNewestFirstWithItsTotal()
    {
        for (var i = 1; i <= 5; i++)
        {
            VendorCsv.Write(_harness.Inbox, $"0{i}.csv", [VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R" + i)], modifiedUtc: DateTime.UtcNow.AddMinutes(i - 10));
        }

        var files = _harness.Run().Files;
        var store = _harness.Store;

        var (first, total) = store.LedgerNewestFirst(0, 2);
        Assert.Equal(5, total);
        Assert.Equal([files[4].Id, files[3].Id], first.Select(e => e.Id));
        Assert.Equal([files[0].Id], store.LedgerNewestFirst(4, 2).Entries.Select(e => e.Id));
        Assert.Empty(store.LedgerNewestFirst(10, 2).Entries);

        var byDefault = ((IIngestStore)new LedgerOnly(store)).LedgerNewestFirst(1, 3);
        Assert.Equal(store.LedgerNewestFirst(1, 3).Entries.Select(e => e.Id), byDefault.Entries.Select(e => e.Id));
        Assert.Equal(5, byDefault.Total);
        Assert.Equal(files[2].Name, store.LedgerEntry(files[2].Id)?.Name);
        Assert.Null(store.LedgerEntry(999));
    }

    // A store that implements only the contract's required members, so the defaults answer.
    private sealed class LedgerOnly(IIngestStore store) : IIngestStore
    {
        public void Migrate() => store.Migrate();

        public LedgerEntry? FindArchived(string sha256) => store.FindArchived(sha256);

        public IReadOnlyList<LedgerEntry> Ledger() => store.Ledger();

        public IReadOnlyList<LedgerEntry> PendingMoves() => store.PendingMoves();

        public void MarkMoved(long fileId) => store.MarkMoved(fileId);

        public IFileLoad BeginLoad() => store.BeginLoad();

        public IReadOnlyList<long> FilesOwingReports() => store.FilesOwingReports();

        public IReadOnlyList<ReplacedPlace> PlacesReplacedBy(IReadOnlyCollection<long> fileIds) => store.PlacesReplacedBy(fileIds);

        public void MarkReported(IReadOnlyCollection<long> fileIds) => store.MarkReported(fileIds);

        public IReadOnlyList<Replacement> Replacements() => store.Replacements();

        public IEnumerable<StoredRecord> Current(Ingest.Headers.FileKind kind) => store.Current(kind);

        public int CountCurrent(Ingest.Headers.FileKind kind) => store.CountCurrent(kind);

        public void Dispose()
        {
        }
    }
}

using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;

namespace Satisfaction.Ingest.Tests.Store;

// A report pass reads one province-period at a time: exactly the current rows of the outlets and dates asked
// for, replaced rows never, in load order, with or without their answers.
public sealed class RecordSliceTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    public RecordSliceTests()
    {
        VendorCsv.Write(_harness.Inbox, "01.csv",
        [
            VendorCsv.SurveyHeader,
            VendorCsv.SurveyRow("R1", outlet: "0250101", date: "2026-06-30"),
            VendorCsv.SurveyRow("R2", outlet: "0250101", date: "2026-07-01"),
            VendorCsv.SurveyRow("R3", outlet: "0250102", date: "2026-09-30"),
            VendorCsv.SurveyRow("R4", outlet: "0250102", date: "2026-10-01"),
            VendorCsv.SurveyRow("R5", outlet: "0512001", date: "2026-08-15"),
            VendorCsv.SurveyRow("R6", outlet: "0250101", date: "2026-08-01"),
        ], modifiedUtc: DateTime.UtcNow.AddMinutes(-3));
        VendorCsv.Write(_harness.Inbox, "02.csv", [VendorCsv.MysteryHeader, VendorCsv.MysteryRow("V1", outlet: "0250101", date: "2026-07-02")], modifiedUtc: DateTime.UtcNow.AddMinutes(-2));
        // R6 resubmitted with another score: only the new row is current.
        VendorCsv.Write(_harness.Inbox, "03.csv", [VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R6", outlet: "0250101", date: "2026-08-01", score: 3)], modifiedUtc: DateTime.UtcNow.AddMinutes(-1));
        Assert.All(_harness.Run().Files, f => Assert.Equal(FileOutcome.Archived, f.Outcome));
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void ASliceHoldsExactlyTheCurrentRowsOfItsOutletsAndDates()
    {
        var slice = new RecordSlice { OutletCodes = ["0250101", "0250102"], From = new DateOnly(2026, 7, 1), To = new DateOnly(2026, 9, 30) };

        var rows = _harness.Store.Current(FileKind.Survey, slice).ToList();

        Assert.Equal(["R2", "R3", "R6"], rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, rows.Single(r => r.Id == "R6").Answers["S1"].Value);
        Assert.Equal(_harness.Store.Current(FileKind.Survey).Where(r => slice.Holds(r.OutletCode, r.Date)).Select(r => (r.Id, r.FileId)), rows.Select(r => (r.Id, r.FileId)));
    }

    [Fact]
    public void ASliceIsOfOneKind() =>
        Assert.Equal(["V1"], _harness.Store.Current(FileKind.MysteryShop, new RecordSlice { OutletCodes = ["0250101"], From = new DateOnly(2026, 7, 1) }).Select(r => r.Id));

    [Fact]
    public void OpenEndsAndNoOutletListTakeEverythingOnThatSide()
    {
        var store = _harness.Store;

        Assert.Equal(["R1", "R2", "R6"], store.Current(FileKind.Survey, new RecordSlice { OutletCodes = ["0250101"] }).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["R4"], store.Current(FileKind.Survey, new RecordSlice { From = new DateOnly(2026, 10, 1) }).Select(r => r.Id));
        Assert.Equal(["R1"], store.Current(FileKind.Survey, new RecordSlice { To = new DateOnly(2026, 6, 30) }).Select(r => r.Id));
        Assert.Empty(store.Current(FileKind.Survey, new RecordSlice { OutletCodes = [] }));
        Assert.Equal(6, store.Current(FileKind.Survey, RecordSlice.All).Count());
    }

    [Fact]
    public void WithoutAnswersOnlyWhatPlacesARowIsRead()
    {
        var rows = _harness.Store.Current(FileKind.Survey, new RecordSlice { WithAnswers = false }).ToList();

        Assert.Equal(["R1", "R2", "R3", "R4", "R5", "R6"], rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Empty(r.Answers));
        Assert.Equal(
            _harness.Store.Current(FileKind.Survey).Select(r => (r.Id, r.OutletCode, r.Date, r.FileId)),
            rows.Select(r => (r.Id, r.OutletCode, r.Date, r.FileId)));
    }

    [Fact]
    public void TheDefaultOfTheContractGivesWhatSqliteGives()
    {
        IIngestStore store = new FilteringStore(_harness.Store);
        var slice = new RecordSlice { OutletCodes = ["0250101", "0250102"], From = new DateOnly(2026, 7, 1), To = new DateOnly(2026, 9, 30) };

        Assert.Equal(
            _harness.Store.Current(FileKind.Survey, slice).Select(r => (r.Id, r.Date, r.FileId)),
            store.Current(FileKind.Survey, slice).Select(r => (r.Id, r.Date, r.FileId)));
    }

    // A store that serves slices by the contract's default (filtering every current row), as a new store would.
    private sealed class FilteringStore(IIngestStore inner) : IIngestStore
    {
        public void Migrate() => inner.Migrate();
        public LedgerEntry? FindArchived(string sha256) => inner.FindArchived(sha256);
        public IReadOnlyList<LedgerEntry> Ledger() => inner.Ledger();
        public IReadOnlyList<LedgerEntry> PendingMoves() => inner.PendingMoves();
        public void MarkMoved(long fileId) => inner.MarkMoved(fileId);
        public IFileLoad BeginLoad() => inner.BeginLoad();
        public IReadOnlyList<long> FilesOwingReports() => inner.FilesOwingReports();
        public IReadOnlyList<ReplacedPlace> PlacesReplacedBy(IReadOnlyCollection<long> fileIds) => inner.PlacesReplacedBy(fileIds);
        public void MarkReported(IReadOnlyCollection<long> fileIds) => inner.MarkReported(fileIds);
        public IReadOnlyList<Replacement> Replacements() => inner.Replacements();
        public IEnumerable<StoredRecord> Current(FileKind kind) => inner.Current(kind);
        public int CountCurrent(FileKind kind) => inner.CountCurrent(kind);
        public void Dispose()
        {
        }
    }
}

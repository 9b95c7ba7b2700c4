using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;

namespace Satisfaction.Ingest.Tests.Store;

// One contract, two stores: every store (SQLite, PostgreSQL) keeps the ledger and rows alike through real
// passes over a real inbox. Each store's test class opens its own store (a fresh SQLite file, a fresh
// PostgreSQL database); the concurrency half of the contract is in StoreConcurrencyContract.
public abstract class StoreContract : IDisposable
{
    private IngestHarness? _harness;

    protected IngestHarness Harness => _harness ??= new IngestHarness(OpenStore);

    protected IIngestStore Store => Harness.Store;

    public virtual void Dispose()
    {
        _harness?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new connection to this test's store (the same store every time it is called).</summary>
    protected abstract IIngestStore OpenStore(string dataFolder);

    [SkippableFact]
    public void EachFileIsInTheLedgerOnceArchivedDuplicateOrQuarantinedWithIdsFromTheDatabase()
    {
        Drop("01.csv", -3, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1"), VendorCsv.SurveyRow("R2"));
        Drop("02-copy.csv", -2, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1"), VendorCsv.SurveyRow("R2"));
        Drop("03-broken.csv", -1, "nothing,here", "1,2");

        var files = Harness.Run().Files;

        Assert.Equal([FileOutcome.Archived, FileOutcome.Duplicate, FileOutcome.Quarantined], files.Select(f => f.Outcome));
        Assert.Equal(files.Select(f => f.Id), Store.Ledger().Select(e => e.Id));
        Assert.Equal(3, files.Select(f => f.Id).Distinct().Count());
        Assert.True(files[0].Id < files[1].Id && files[1].Id < files[2].Id);
        Assert.Equal(files[0].Id, Store.Ledger()[1].DuplicateOf);
        Assert.Equal([2, 0, 0], Store.Ledger().Select(e => e.RowsLoaded));
        Assert.All(Store.Ledger(), e => Assert.True(e.Moved && File.Exists(e.StoredPath) && File.Exists(e.ReportPath)));
        Assert.Equal(files[0].Sha256, Store.FindArchived(files[0].Sha256)?.Sha256);
        Assert.Empty(Directory.GetFiles(Harness.Inbox));
    }

    [SkippableFact]
    public void ALaterFilesRowsReplaceEarlierRowsWithTheSameIdAndTheReplacementIsRecorded()
    {
        Drop("01.csv", -2, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1", date: "2026-05-10", score: 6), VendorCsv.SurveyRow("R2", date: "2026-05-11", score: 6));
        var first = Harness.RunOne();
        Drop("02-fix.csv", -1, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1", date: "2026-07-06", score: 9));
        var fix = Harness.RunOne();

        Assert.Equal(1, fix.RowsReplaced);
        Assert.Equal(2, Store.CountCurrent(FileKind.Survey));
        var current = Store.Current(FileKind.Survey).ToDictionary(r => r.Id);
        Assert.Equal((fix.Id, new DateOnly(2026, 7, 6)), (current["R1"].FileId, current["R1"].Date));
        Assert.Equal(first.Id, current["R2"].FileId);
        var replacement = Assert.Single(Store.Replacements());
        Assert.Equal((FileKind.Survey, "R1", first.Id, fix.Id), (replacement.Kind, replacement.RecordId, replacement.OldFileId, replacement.NewFileId));
        Assert.Contains(new ReplacedPlace(new DateOnly(2026, 5, 10), "0250101"), Store.PlacesReplacedBy([fix.Id]));
        Assert.DoesNotContain(Store.PlacesReplacedBy([fix.Id]), p => p.Date == new DateOnly(2026, 5, 11));
        Assert.Empty(Store.PlacesReplacedBy([first.Id]));
    }

    [SkippableFact]
    public void ASliceHoldsExactlyTheCurrentRowsOfItsOutletsAndDatesWithOrWithoutAnswers()
    {
        Drop("01.csv", -2,
            VendorCsv.SurveyHeader,
            VendorCsv.SurveyRow("R1", outlet: "0250101", date: "2026-06-30"),
            VendorCsv.SurveyRow("R2", outlet: "0250101", date: "2026-07-01", score: 9),
            VendorCsv.SurveyRow("R3", outlet: "0250102", date: "2026-09-30"),
            VendorCsv.SurveyRow("R4", outlet: "0512001", date: "2026-08-15"),
            VendorCsv.SurveyRow("R5", outlet: "0250101", date: "2026-10-01"));
        Harness.RunOne();
        Drop("02-fix.csv", -1, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R3", outlet: "0250102", date: "2026-10-02"));
        Harness.RunOne();
        var slice = new RecordSlice { OutletCodes = ["0250101", "0250102"], From = new DateOnly(2026, 7, 1), To = new DateOnly(2026, 9, 30) };

        var rows = Store.Current(FileKind.Survey, slice).ToList();
        var placed = Store.Current(FileKind.Survey, slice with { WithAnswers = false }).ToList();

        // R1 and R5 fall outside the dates, R4 outside the outlets, R3 was moved out of them by its resubmission.
        Assert.Equal(["R2"], rows.Select(r => r.Id));
        Assert.Equal(Store.Current(FileKind.Survey).Single(r => r.Id == "R2").Answers.OrderBy(a => a.Key), rows[0].Answers.OrderBy(a => a.Key));
        Assert.Equal(["R2"], placed.Select(r => r.Id));
        Assert.Empty(placed[0].Answers);
        Assert.Equal(5, Store.Current(FileKind.Survey, RecordSlice.All).Count());
        Assert.Empty(Store.Current(FileKind.MysteryShop, slice));
    }

    [SkippableFact]
    public void AnIdGivenTwiceWithConflictingContentIsTakenBackFromTheStore()
    {
        var rows = new List<string> { VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1", score: 8), VendorCsv.SurveyRow("R1", score: 7) };
        rows.AddRange(Enumerable.Range(2, 19).Select(i => VendorCsv.SurveyRow($"R{i}")));
        Drop("01.csv", -1, [.. rows]);

        var entry = Harness.RunOne();

        Assert.Equal((FileOutcome.Archived, 19, 2), (entry.Outcome, entry.RowsLoaded, entry.RowsRejected));
        Assert.Equal(19, Store.CountCurrent(FileKind.Survey));
        Assert.DoesNotContain(Store.Current(FileKind.Survey), r => r.Id == "R1");
    }

    [SkippableFact]
    public void AQuarantinedFileLeavesNoRowsBehind()
    {
        var rows = new List<string> { VendorCsv.SurveyHeader };
        rows.AddRange(Enumerable.Range(1, 5).Select(i => VendorCsv.SurveyRow($"R{i}")));
        rows.AddRange(Enumerable.Range(6, 5).Select(i => VendorCsv.SurveyRow($"R{i}", outlet: "9999999")));
        Drop("01.csv", -1, [.. rows]);

        var entry = Harness.RunOne();

        Assert.Equal(FileOutcome.Quarantined, entry.Outcome);
        Assert.Equal(0, Store.CountCurrent(FileKind.Survey));
    }

    [SkippableFact]
    public void AnArchivedFileOwesItsWorkbooksUntilMarkedReported()
    {
        Drop("01.csv", -2, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1"));
        Drop("02-copy.csv", -1, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1"));
        var files = Harness.Run().Files;

        Assert.Equal([files[0].Id], Store.FilesOwingReports());
        Store.MarkReported([files[0].Id]);
        Assert.Empty(Store.FilesOwingReports());
        Assert.All(Store.Ledger(), e => Assert.False(e.ReportsOwed));
    }

    [SkippableFact]
    public void TheLedgerAPageAtATimeAgreesWithTheWholeLedger()
    {
        for (var i = 1; i <= 7; i++)
        {
            Drop($"{i:00}.csv", i - 10, VendorCsv.SurveyHeader, VendorCsv.SurveyRow($"R{i}"));
        }

        Harness.Run();
        var all = Store.Ledger();

        var (page, total) = Store.LedgerNewestFirst(2, 3);
        Assert.Equal(7, total);
        Assert.Equal(all.Reverse().Skip(2).Take(3).Select(e => e.Id), page.Select(e => e.Id));
        Assert.Equal((all[3].Id, all[3].Name, all[3].Sha256), Store.LedgerEntry(all[3].Id) is { } e ? (e.Id, e.Name, e.Sha256) : default);
        Assert.Null(Store.LedgerEntry(all[^1].Id + 1000));
    }

    [SkippableFact]
    public void AFailingStoreStopsThePassAndTheFileStaysInTheInboxNotQuarantined()
    {
        Drop("01.csv", -1, VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1"));

        Assert.ThrowsAny<Exception>(() => Harness.Run(point =>
        {
            if (point == "before-commit")
            {
                BreakTheStore();
            }
        }));

        Assert.Single(Directory.GetFiles(Harness.Inbox));
        using var store = OpenStore(Harness.Data);
        Assert.Empty(store.Ledger());
        Assert.Empty(Directory.EnumerateFiles(Harness.Data, "*.csv", SearchOption.AllDirectories));
        Assert.Equal(FileOutcome.Archived, Harness.RunWith(store).Files.Single().Outcome);
    }

    /// <summary>Makes the store fail under the load under way, as a lost connection or a full disk would.</summary>
    protected abstract void BreakTheStore();

    protected string Drop(string name, int minutesAgo, params string[] lines) =>
        VendorCsv.Write(Harness.Inbox, name, lines, modifiedUtc: DateTime.UtcNow.AddMinutes(minutesAgo));
}

using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;

namespace Satisfaction.Ingest.Tests.Store;

// The half of the store contract about many writers: claims, and two passes over one inbox at once, each
// through its own connection to the same store.
public abstract class StoreConcurrencyContract : StoreContract
{
    [SkippableFact]
    public void AClaimedFileCannotBeClaimedAgainUntilItHasLeftTheInbox()
    {
        var modified = DateTimeOffset.UtcNow.AddMinutes(-1);
        using var other = OpenStore(Harness.Data);
        long first;
        using (var load = Store.BeginLoad())
        {
            first = load.FileId;
            Assert.True(load.TryClaim("/inbox/a.csv", 10, modified));
            load.Record(Entry(load.FileId, "/inbox/a.csv", modified));
            load.Commit();
        }

        using (var load = other.BeginLoad())
        {
            Assert.NotEqual(first, load.FileId);
            Assert.False(load.TryClaim("/inbox/a.csv", 10, modified));
            Assert.True(load.TryClaim("/inbox/a.csv", 11, modified));
        }

        Store.MarkMoved(first);
        using (var load = other.BeginLoad())
        {
            Assert.True(load.TryClaim("/inbox/a.csv", 10, modified));
        }
    }

    [SkippableFact]
    public async Task TwoPassesAtOnceOnOneInboxTakeEachFileExactlyOnce()
    {
        var t = DateTime.UtcNow.AddHours(-1);
        for (var i = 0; i < 24; i++)
        {
            // Every fourth file repeats the content of the one before it under another name: a duplicate.
            var content = i % 4 == 3 ? i - 1 : i;
            var rows = new List<string> { VendorCsv.SurveyHeader };
            rows.AddRange(Enumerable.Range(0, 200).Select(r => VendorCsv.SurveyRow($"F{content}-R{r}")));
            VendorCsv.Write(Harness.Inbox, $"{i:00}.csv", rows, modifiedUtc: t.AddSeconds(i));
        }

        using var second = OpenStore(Harness.Data);
        var passes = await Task.WhenAll(Task.Run(() => Harness.Run()), Task.Run(() => Harness.RunWith(second)));

        var ledger = Store.Ledger();
        Assert.Equal(24, ledger.Count);
        Assert.Equal(24, ledger.Select(e => e.Name).Distinct().Count());
        Assert.Equal(24, passes.Sum(p => p.Files.Count));
        Assert.Equal(18, ledger.Count(e => e.Outcome == FileOutcome.Archived));
        Assert.Equal(6, ledger.Count(e => e.Outcome == FileOutcome.Duplicate));
        Assert.Equal(18, ledger.Where(e => e.Outcome == FileOutcome.Archived).Select(e => e.Sha256).Distinct().Count());
        Assert.Equal(18 * 200, Store.CountCurrent(FileKind.Survey));
        Assert.Empty(Store.Replacements());
        Assert.Empty(Directory.GetFiles(Harness.Inbox));
        Assert.Empty(Store.PendingMoves());
    }

    private static LedgerEntry Entry(long id, string path, DateTimeOffset modified) => new()
    {
        Id = id,
        Name = Path.GetFileName(path),
        Sha256 = "00",
        Size = 10,
        ModifiedUtc = modified,
        ProcessedUtc = DateTimeOffset.UtcNow,
        Outcome = FileOutcome.Quarantined,
        InboxPath = path,
        StoredPath = "/nowhere/" + id,
        ReportPath = "/nowhere/" + id + ".report.xlsx",
    };
}

using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// A vendor's writer that pauses longer than the stable window and then resumes: what the ledger says,
// what was loaded and what is archived are always the same content, and no row is lost.
public sealed class GrowingFileTests : IDisposable
{
    private readonly IngestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task AFileThatGrowsAfterTheStableLookIsLeftAndTakenWholeByTheNextPass()
    {
        var path = Write(_h.Inbox, "growing.csv", Rows(1, 100).Prepend(SurveyHeader));
        var clock = new FakeTimeProvider();
        var looking = new InboxScanner(_h.Inbox, clock).StableFilesAsync(TimeSpan.FromSeconds(3), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(3));
        var seen = Assert.Single((await looking).Stable);
        await File.AppendAllLinesAsync(path, Rows(101, 200));

        var taken = new FileIngestor(_h.Store, TestData.Scheme, TestData.Outlets, Options(), TimeProvider.System).Ingest(seen);

        Assert.Null(taken);
        Assert.Empty(_h.Store.Ledger());
        Assert.True(File.Exists(path));
        var entry = _h.RunOne();
        Assert.Equal((FileOutcome.Archived, 200), (entry.Outcome, entry.RowsLoaded));
        AssertLedgerMatchesTheArchive(entry);
    }

    [Fact]
    public void AFileRewrittenAfterItsSnapshotStaysInTheInboxAndIsTakenAgain()
    {
        var path = Write(_h.Inbox, "growing.csv", Rows(1, 100).Prepend(SurveyHeader), modifiedUtc: DateTime.UtcNow.AddMinutes(-1));

        var first = _h.Run(point =>
        {
            if (point == "after-commit")
            {
                File.AppendAllLines(path, Rows(101, 200));
            }
        }).Files.Single();

        Assert.Equal(100, first.RowsLoaded);
        AssertLedgerMatchesTheArchive(first);
        Assert.True(File.Exists(path));
        var second = _h.RunOne();
        Assert.Equal((200, 100), (second.RowsLoaded, second.RowsReplaced));
        AssertLedgerMatchesTheArchive(second);
        Assert.Equal(200, _h.Store.CountCurrent(FileKind.Survey));
        Assert.Empty(Directory.GetFileSystemEntries(_h.Inbox));
    }

    private static IEnumerable<string> Rows(int first, int last) => Enumerable.Range(first, last - first + 1).Select(i => SurveyRow($"R{i:0000}"));

    private static void AssertLedgerMatchesTheArchive(LedgerEntry entry)
    {
        var archived = File.ReadAllBytes(entry.StoredPath);
        Assert.Equal(entry.Size, archived.Length);
        Assert.Equal(entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(archived)));
        Assert.Equal(entry.RowsLoaded + entry.RowsRejected + entry.RowsSkipped + 1, File.ReadAllLines(entry.StoredPath).Length);
    }

    private IngestOptions Options() => new() { Inbox = _h.Inbox, DataFolder = _h.Data, StableFor = TimeSpan.Zero };
}

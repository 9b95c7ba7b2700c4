using System.Diagnostics;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Inbox;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// Only regular files are read. A link, a pipe or a device in the inbox is quarantined as it is — moved,
// never opened or followed — with the reason in the ledger, and the files beside it are processed.
public sealed class InboxEntryTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly IngestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void AFifoIsQuarantinedUnopenedAndTheFileBesideItIsArchived()
    {
        var fifo = Path.Combine(_h.Inbox, "a-pipe.csv");
        MakeFifo(fifo);
        Write(_h.Inbox, "zz-good.csv", [SurveyHeader, SurveyRow("R1")], modifiedUtc: DateTime.UtcNow.AddMinutes(5));

        var files = RunWithin(Patience);

        var pipe = Assert.Single(files, f => f.Name == "a-pipe.csv");
        Assert.Equal((FileOutcome.Quarantined, 0L, string.Empty), (pipe.Outcome, pipe.Size, pipe.Sha256));
        Assert.Contains("named pipe", pipe.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(NodeType.Fifo, TypeOf(pipe.StoredPath));
        Assert.True(File.Exists(pipe.ReportPath));
        Assert.Equal(FileOutcome.Archived, Assert.Single(files, f => f.Name == "zz-good.csv").Outcome);
        Assert.Empty(Directory.GetFileSystemEntries(_h.Inbox));
    }

    [Fact]
    public void ALinkToDevZeroIsQuarantinedWithoutBeingRead()
    {
        File.CreateSymbolicLink(Path.Combine(_h.Inbox, "zero.csv"), "/dev/zero");
        Write(_h.Inbox, "zz-good.csv", [SurveyHeader, SurveyRow("R1")], modifiedUtc: DateTime.UtcNow.AddMinutes(5));

        var files = RunWithin(Patience);

        var link = Assert.Single(files, f => f.Name == "zero.csv");
        Assert.Equal((FileOutcome.Quarantined, (long)"/dev/zero".Length, string.Empty), (link.Outcome, link.Size, link.Sha256));
        Assert.Contains("symbolic link to /dev/zero", link.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(FileOutcome.Archived, Assert.Single(files, f => f.Name == "zz-good.csv").Outcome);
    }

    [Fact]
    public void ALinkIsNeverFollowedNotEvenToAValidVendorFile()
    {
        var outside = Path.Combine(_h.Data, "..", "secret-survey.csv");
        Write(Path.GetDirectoryName(outside)!, Path.GetFileName(outside), [SurveyHeader, SurveyRow("R1"), SurveyRow("R2")]);
        File.CreateSymbolicLink(Path.Combine(_h.Inbox, "x.csv"), outside);

        var entry = _h.RunOne();

        Assert.Equal((FileOutcome.Quarantined, 0, string.Empty, (long)outside.Length), (entry.Outcome, entry.RowsLoaded, entry.Sha256, entry.Size));
        Assert.Contains("never opened or read", entry.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(outside, new FileInfo(entry.StoredPath).LinkTarget);
        Assert.Equal(0, _h.Store.CountCurrent(FileKind.Survey));
        Assert.True(File.Exists(outside));
    }

    [Fact]
    public void AFileSwappedForALinkAfterTheLookIsNotFollowed()
    {
        var path = Write(_h.Inbox, "x.csv", [SurveyHeader, SurveyRow("R1")]);
        var seen = Assert.Single(new InboxScanner(_h.Inbox, TimeProvider.System).Look());
        var outside = Path.Combine(_h.Data, "..", "same-content.csv");
        File.Copy(path, outside);
        File.SetLastWriteTimeUtc(outside, File.GetLastWriteTimeUtc(path));
        File.Delete(path);
        File.CreateSymbolicLink(path, outside);
        var options = new IngestOptions { Inbox = _h.Inbox, DataFolder = _h.Data, StableFor = TimeSpan.Zero };

        var taken = new FileIngestor(_h.Store, TestData.Scheme, TestData.Outlets, options, TimeProvider.System).Ingest(seen);

        Assert.Null(taken);
        Assert.Empty(_h.Store.Ledger());
        var entry = _h.RunOne();
        Assert.Equal((FileOutcome.Quarantined, 0), (entry.Outcome, entry.RowsLoaded));
        Assert.Equal(outside, new FileInfo(entry.StoredPath).LinkTarget);
    }

    [Fact]
    public void AFolderInTheInboxIsLeftAlone()
    {
        Directory.CreateDirectory(Path.Combine(_h.Inbox, "sub.csv"));
        Write(_h.Inbox, "good.csv", [SurveyHeader, SurveyRow("R1")]);

        var entry = _h.RunOne();

        Assert.Equal("good.csv", entry.Name);
        Assert.True(Directory.Exists(Path.Combine(_h.Inbox, "sub.csv")));
    }

    // /dev/shm is a tmpfs: an inbox there and the data folder under /tmp are two file systems, so nothing
    // can be renamed across: the link is made again in the quarantine, the pipe (no data) is only removed.
    [Fact]
    public async Task AcrossFileSystemsALinkIsMadeAgainAndAPipeIsRemoved()
    {
        var inbox = Directory.CreateDirectory(Path.Combine("/dev/shm", "satisfaction-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            Assert.NotEqual(UnixFiles.Status(UnixFiles.Native(inbox))!.Value.Device, UnixFiles.Status(UnixFiles.Native(_h.Data))!.Value.Device);
            File.CreateSymbolicLink(Path.Combine(inbox, "link.csv"), "/etc/hostname");
            MakeFifo(Path.Combine(inbox, "pipe.csv"));
            Write(inbox, "zz-good.csv", [SurveyHeader, SurveyRow("R1")], modifiedUtc: DateTime.UtcNow.AddMinutes(5));
            var options = new IngestOptions { Inbox = inbox, DataFolder = _h.Data, StableFor = TimeSpan.Zero };

            var files = (await new IngestRunner(_h.Store, TestData.Scheme, TestData.Outlets, options, TimeProvider.System).RunOnceAsync()).Files;

            Assert.Equal("/etc/hostname", new FileInfo(Assert.Single(files, f => f.Name == "link.csv").StoredPath).LinkTarget);
            Assert.Null(TypeOf(Assert.Single(files, f => f.Name == "pipe.csv").StoredPath));
            Assert.Equal(FileOutcome.Archived, Assert.Single(files, f => f.Name == "zz-good.csv").Outcome);
            Assert.All(files, f => Assert.True(f.Moved));
            Assert.Empty(Directory.GetFileSystemEntries(inbox));
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static NodeType? TypeOf(string path) => UnixFiles.Status(UnixFiles.Native(path))?.Type;

    // A pass that hangs (on main it waited forever on the pipe) fails the test instead of hanging it.
    private IReadOnlyList<LedgerEntry> RunWithin(TimeSpan patience)
    {
        var pass = Task.Run(() => _h.Run().Files);
        Assert.True(pass.Wait(patience), $"the pass did not end within {patience}");
        return pass.Result;
    }
}

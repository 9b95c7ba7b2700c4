using Microsoft.Extensions.Time.Testing;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// DATA-CONTRACT.md 2.7: a file is picked up only once its size and modification time have been stable.
public sealed class StabilityTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly TimeSpan StableFor = TimeSpan.FromSeconds(3);
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task AFileStillBeingWrittenIsLeftForTheNextPass()
    {
        var inbox = _folder.Sub("inbox");
        var still = Write(inbox, "still.csv", [SurveyHeader, SurveyRow("R1")]);
        var growing = Write(inbox, "growing.csv", [SurveyHeader, SurveyRow("R1")]);
        var scanner = new InboxScanner(inbox, _clock);

        var looking = scanner.StableFilesAsync(StableFor, CancellationToken.None);
        await File.AppendAllTextAsync(growing, SurveyRow("R2") + "\r\n");
        _clock.Advance(StableFor);
        var (stable, changing) = await looking;

        Assert.Equal([still], stable.Select(f => f.Path));
        Assert.Equal([growing], changing.Select(f => f.Path));
    }

    [Fact]
    public async Task AFileThatArrivesDuringTheWaitIsNotTakenYet()
    {
        var inbox = _folder.Sub("inbox");
        var scanner = new InboxScanner(inbox, _clock);
        Write(inbox, "first.csv", [SurveyHeader, SurveyRow("R1")]);

        var looking = scanner.StableFilesAsync(StableFor, CancellationToken.None);
        Write(inbox, "late.csv", [SurveyHeader, SurveyRow("R2")]);
        _clock.Advance(StableFor);
        var (stable, changing) = await looking;

        Assert.Equal(["first.csv"], stable.Select(f => f.Name));
        Assert.Equal(["late.csv"], changing.Select(f => f.Name));
    }

    [Fact]
    public async Task TheSecondLookWaitsForTheStableWindowOnTheInjectedClock()
    {
        var inbox = _folder.Sub("inbox");
        Write(inbox, "first.csv", [SurveyHeader, SurveyRow("R1")]);

        var looking = new InboxScanner(inbox, _clock).StableFilesAsync(StableFor, CancellationToken.None);
        _clock.Advance(StableFor - TimeSpan.FromMilliseconds(1));
        var early = looking.IsCompleted;
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await looking;

        Assert.False(early);
    }

    [Theory]
    [InlineData("~$暗访.xlsx", false)]
    [InlineData(".hidden.csv", false)]
    [InlineData("survey.csv.part", false)]
    [InlineData("download.crdownload", false)]
    [InlineData("暗访-2026Q3.xlsx", true)]
    [InlineData("notes.pdf", true)]
    public void LockFilesHiddenFilesAndPartialDownloadsAreNotVendorFiles(string name, bool vendorFile) =>
        Assert.Equal(vendorFile, InboxScanner.IsVendorFile(name));
}

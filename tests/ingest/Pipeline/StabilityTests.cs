using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// DATA-CONTRACT.md 2.7: a file is picked up only once its size and modification time have been stable.
public sealed class StabilityTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AFileStillBeingWrittenIsLeftForTheNextPass()
    {
        var inbox = _folder.Sub("inbox");
        var still = Write(inbox, "still.csv", [SurveyHeader, SurveyRow("R1")]);
        var growing = Write(inbox, "growing.csv", [SurveyHeader, SurveyRow("R1")]);
        var scanner = new InboxScanner(inbox, TimeProvider.System);
        using var writing = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 2; !writing.IsCancellationRequested; i++)
            {
                await File.AppendAllTextAsync(growing, SurveyRow($"R{i}") + "\r\n");
                await Task.Delay(50);
            }
        });

        var (stable, changing) = await scanner.StableFilesAsync(TimeSpan.FromMilliseconds(600), CancellationToken.None);
        await writing.CancelAsync();
        await writer;

        Assert.Equal([still], stable.Select(f => f.Path));
        Assert.Equal([growing], changing.Select(f => f.Path));
    }

    [Fact]
    public async Task AFileThatArrivesDuringTheWaitIsNotTakenYet()
    {
        var inbox = _folder.Sub("inbox");
        var scanner = new InboxScanner(inbox, TimeProvider.System);
        Write(inbox, "first.csv", [SurveyHeader, SurveyRow("R1")]);
        var looking = scanner.StableFilesAsync(TimeSpan.FromMilliseconds(500), CancellationToken.None);
        Write(inbox, "late.csv", [SurveyHeader, SurveyRow("R2")]);

        var (stable, changing) = await looking;

        Assert.Equal(["first.csv"], stable.Select(f => f.Name));
        Assert.Equal(["late.csv"], changing.Select(f => f.Name));
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

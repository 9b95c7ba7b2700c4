using System.Text;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// File names as vendors' Windows machines make them: long Chinese names near the file system's limit.
public sealed class FileNameTests : IDisposable
{
    private readonly IngestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void ANameNearTheFileSystemsLimitIsKeptShortenedAndThePassGoesOn()
    {
        var longName = new string('满', 83) + ".csv";
        Write(_h.Inbox, longName, [SurveyHeader, SurveyRow("R1")], modifiedUtc: DateTime.UtcNow.AddMinutes(-2));
        Write(_h.Inbox, "zz-next.csv", [SurveyHeader, SurveyRow("R2")], modifiedUtc: DateTime.UtcNow.AddMinutes(-1));

        var files = _h.Run().Files;

        Assert.Equal([(longName, FileOutcome.Archived), ("zz-next.csv", FileOutcome.Archived)], files.Select(f => (f.Name, f.Outcome)));
        Assert.True(File.Exists(files[0].StoredPath));
        Assert.True(File.Exists(files[0].ReportPath));
        Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(files[0].ReportPath)) <= 255 - ".tmp".Length);
        Assert.EndsWith("….csv", files[0].StoredPath, StringComparison.Ordinal);
        Assert.Equal(longName, _h.Store.Ledger()[0].Name);
        Assert.Empty(Directory.GetFileSystemEntries(_h.Inbox));
    }

    [Theory]
    [InlineData("survey.csv", "survey.csv")]
    [InlineData("x.averyveryverylongextension", "")]
    public void AShortenedNameKeepsItsStartAndItsExtension(string tail, string extension)
    {
        var name = new string('满', 70) + "😀" + tail;

        var shortened = StoredName.Shorten(name);

        Assert.True(Encoding.UTF8.GetByteCount(shortened) <= StoredName.MaxNameBytes);
        Assert.StartsWith(new string('满', 50), shortened, StringComparison.Ordinal);
        Assert.EndsWith("…" + Path.GetExtension(extension), shortened, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(shortened[shortened.IndexOf('…', StringComparison.Ordinal) - 1]));
    }

    [Fact]
    public void AShortNameIsKeptAsItIs() => Assert.Equal("000007_暗访-2026Q3.xlsx", StoredName.Of(7, "暗访-2026Q3.xlsx"));
}

using System.Text;
using Satisfaction.Ingest.Inbox;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// File names as vendors' Windows machines make them: long Chinese names near the file system's limit,
// and names in GB18030 (GBK) bytes rather than UTF-8.
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

    [Fact]
    public void AGbkEncodedNameReachesTheLedgerDecodedAndTheFileIsTaken()
    {
        var written = Write(_h.Inbox, "temporary.csv", [SurveyHeader, SurveyRow("R1")]);
        UnixFiles.Rename(UnixFiles.Native(written), UnixFiles.Native(_h.Inbox, Gb18030.GetBytes("满意度-南京.csv")));
        Assert.Contains("\uFFFD", Assert.Single(Directory.GetFiles(_h.Inbox)), StringComparison.Ordinal);

        var entry = _h.RunOne();

        Assert.Equal(("满意度-南京.csv", FileOutcome.Archived, 1), (entry.Name, entry.Outcome, entry.RowsLoaded));
        Assert.Contains(entry.Reasons, r => r.Contains("decoded as GB18030", StringComparison.Ordinal));
        Assert.EndsWith("_满意度-南京.csv", entry.StoredPath, StringComparison.Ordinal);
        Assert.True(File.Exists(entry.StoredPath));
        Assert.Empty(Directory.GetFileSystemEntries(_h.Inbox));
    }

    [Fact]
    public void ANameNeitherUtf8NorGb18030IsShownByteForByteAndTheFileIsTaken()
    {
        var written = Write(_h.Inbox, "temporary.csv", [SurveyHeader, SurveyRow("R1")]);
        UnixFiles.Rename(UnixFiles.Native(written), UnixFiles.Native(_h.Inbox, [.. "bad-"u8, 0xFF, 0xFE, .. ".csv"u8]));

        var entry = _h.RunOne();

        Assert.Equal(("bad-\u00FF\u00FE.csv", FileOutcome.Archived), (entry.Name, entry.Outcome));
        Assert.Contains(entry.Reasons, r => r.Contains("neither UTF-8 nor GB18030", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(_h.Inbox));
    }

    [Theory]
    [InlineData("满意度-南京.csv")]
    [InlineData("暗访(1)－更正.xlsx")]
    public void AGbkNameDecodesToItsTextAndEncodesBackToItsBytes(string name)
    {
        var bytes = Gb18030.GetBytes(name);

        var (decoded, encoding) = FileNameDecoding.Decode(bytes);

        Assert.Equal((name, FileNameDecoding.Gb18030), (decoded, encoding));
        Assert.Equal(bytes, FileNameDecoding.Encode(decoded, encoding));
    }

    [Fact]
    public void AUtf8NameIsTakenAsItIs() => Assert.Equal(("暗访.csv", (string?)null), FileNameDecoding.Decode(Encoding.UTF8.GetBytes("暗访.csv")));

    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }
}

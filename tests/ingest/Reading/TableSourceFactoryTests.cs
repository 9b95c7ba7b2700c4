namespace Satisfaction.Ingest.Tests.Reading;

public sealed class TableSourceFactoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("report.pdf", ".pdf")]
    [InlineData("visits.txt", ".txt")]
    [InlineData("visits", "(none)")]
    public void AnUnsupportedExtensionFailsNamingTheAcceptedOnes(string name, string shown)
    {
        var problem = Read.FailsToOpen(_folder.Utf8(name, "a,b\n"));

        Assert.Equal($"unsupported file type: {shown} (accepted: .csv, .xlsx, .xls)", problem.English);
        Assert.StartsWith("不支持的文件类型", problem.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtensionsMatchWhateverTheirCase()
    {
        var path = _folder.Utf8("VISITS.CSV", "a,b\n1,2\n");

        Assert.Equal("CSV, UTF-8, comma", Read.Description(path));
    }

    [Fact]
    public void AMissingFileFailsToOpenWithoutThrowing()
    {
        var problem = Read.FailsToOpen(_folder.File("gone.xlsx"));

        Assert.Equal("the file cannot be opened", problem.English);
    }
}

using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Tests.Workbooks;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("satisfaction-atomic").FullName;

    private string Staging => StagingFolder.Of(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AFailedWriteLeavesThePreviousFileUntouchedAndNoTemporaryBehind()
    {
        var path = Path.Combine(_folder, "报告.xlsx");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, Staging, temporary =>
        {
            File.WriteAllText(temporary, "half");
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void ASuccessfulWriteReplacesTheFile()
    {
        var path = Path.Combine(_folder, "sub", "报告.xlsx");

        AtomicFile.Write(path, Staging, temporary => File.WriteAllText(temporary, "new"));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void TheHalfWrittenFileIsInTheStagingFolderNeverBesideTheWorkbook()
    {
        var path = Path.Combine(_folder, "2026Q3", "江苏", "报告.xlsx");
        string? seen = null;

        AtomicFile.Write(path, Staging, temporary =>
        {
            seen = temporary;
            File.WriteAllText(temporary, "new");
        });

        Assert.Equal(Staging, Path.GetDirectoryName(seen));
        Assert.EndsWith(".tmp.xlsx", seen, StringComparison.Ordinal);
    }
}

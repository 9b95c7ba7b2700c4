using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Tests.Workbooks;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("satisfaction-atomic").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AFailedWriteLeavesThePreviousFileUntouchedAndNoTemporaryBehind()
    {
        var path = Path.Combine(_folder, "报告.xlsx");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, temporary =>
        {
            File.WriteAllText(temporary, "half");
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void ASuccessfulWriteReplacesTheFile()
    {
        var path = Path.Combine(_folder, "sub", "报告.xlsx");

        AtomicFile.Write(path, temporary => File.WriteAllText(temporary, "new"));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}

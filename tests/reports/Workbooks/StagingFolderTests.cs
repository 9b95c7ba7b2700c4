using System.Diagnostics;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Tests.Workbooks;

// What a killed write leaves behind is removed on the next start; a write still going on is left alone.
public sealed class StagingFolderTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("satisfaction-staging").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void TheTemporaryFileOfAProcessThatIsGoneIsRemoved()
    {
        var leftover = Touch(StagingFolder.Of(_out), $"{Environment.MachineName}.{DeadProcessId()}.{Guid.NewGuid():N}.tmp.xlsx");

        var removed = StagingFolder.RemoveLeftovers(_out, TimeProvider.System);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void TheTemporaryFileOfALiveProcessIsKept()
    {
        var writing = Touch(StagingFolder.Of(_out), Path.GetFileName(StagingFolder.TemporaryPath(StagingFolder.Of(_out), "a.xlsx")));

        Assert.Equal(0, StagingFolder.RemoveLeftovers(_out, TimeProvider.System));
        Assert.True(File.Exists(writing));
    }

    [Fact]
    public void AnotherMachinesTemporaryFileIsRemovedOnlyOnceItHasNotChangedForAnHour()
    {
        var fresh = Touch(StagingFolder.Of(_out), $"other-host.12.{Guid.NewGuid():N}.tmp.xlsx");
        var stale = Touch(StagingFolder.Of(_out), $"other-host.13.{Guid.NewGuid():N}.tmp.xlsx");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - StagingFolder.ForeignLeftoverAge - TimeSpan.FromMinutes(1));

        StagingFolder.RemoveLeftovers(_out, TimeProvider.System);

        Assert.True(File.Exists(fresh));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void TheHiddenTemporaryFilesEarlierVersionsLeftBesideTheWorkbooksAreRemovedAndNothingElse()
    {
        var folder = Path.Combine(_out, "2026Q3", "江苏", "南京");
        var leftover = Touch(folder, $".南京_2026Q3_地市报告.{Guid.NewGuid():N}.tmp.xlsx");
        var workbook = Touch(folder, "南京_2026Q3_地市报告.xlsx");
        var note = Touch(folder, ".notes.tmp.txt");

        StagingFolder.RemoveLeftovers(_out, TimeProvider.System);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(workbook));
        Assert.True(File.Exists(note));
    }

    private static string Touch(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "PK half");
        return path;
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}

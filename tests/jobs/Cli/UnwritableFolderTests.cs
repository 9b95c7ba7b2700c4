namespace Satisfaction.Jobs.Tests.Cli;

// A folder the program may not write to stops the command before any work, with the reason and what to
// do; fixing the permission and running again does the work. The program runs as an account file
// permissions apply to (root ignores them).
public sealed class UnwritableFolderTests : IDisposable
{
    private const UnixFileMode ReadOnly = (UnixFileMode)0b101_101_101;
    private const UnixFileMode Open = (UnixFileMode)0b111_111_111;

    private readonly RunFolder _folder = new();

    public void Dispose()
    {
        foreach (var folder in new[] { _folder.Out, _folder.Data }.Where(Directory.Exists))
        {
            File.SetUnixFileMode(folder, Open);
        }

        _folder.Dispose();
    }

    [Fact]
    public void AnOutFolderThatCannotBeWrittenStopsTheRunBeforeAnyFileIsTakenAndTheFixedRunWritesTheWorkbooks()
    {
        var vendorFile = _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"), ("R2", RunFolder.Nanjing, "2026-07-06"));
        Directory.CreateDirectory(_folder.Out);
        File.SetUnixFileMode(_folder.Out, ReadOnly);

        var refused = ChildProcess.RunUnprivileged(_folder.RunArgs());
        File.SetUnixFileMode(_folder.Out, Open);
        var fixedRun = ChildProcess.RunUnprivileged(_folder.RunArgs());

        Screen.CouldNotStart(refused, $"the out folder is not writable: {_folder.Out}");
        Assert.Contains("write access", refused.Error, StringComparison.Ordinal);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.Error);
        Assert.False(File.Exists(vendorFile));
        Assert.Equal(2, Screen.Respondents(fixedRun.Output, "2026Q3", "南京"));
        Assert.True(File.Exists(_folder.ProvinceWorkbook("2026Q3")));
    }

    [Fact]
    public void AReadOnlyDataFolderGivesAReasonInRunAndStatus()
    {
        _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"));
        Assert.Equal(0, ChildProcess.Run(null, _folder.RunArgs()).ExitCode);
        _folder.AddSurvey("02-满意度.csv", ("R2", RunFolder.Nanjing, "2026-07-06"));
        File.SetUnixFileMode(_folder.Out, Open);
        File.SetUnixFileMode(_folder.Data, ReadOnly);

        var status = ChildProcess.RunUnprivileged("status", "--data", _folder.Data);
        var run = ChildProcess.RunUnprivileged(_folder.RunArgs());

        Assert.All(new[] { status, run }, result => Screen.CouldNotStart(result, $"the data folder is not writable: {_folder.Data}"));
        Assert.Single(Directory.GetFiles(_folder.Inbox));
    }
}

namespace Satisfaction.Jobs.Tests.Cli;

// Bad arguments, settings and folders stop a command before it starts: exit 2, a reason in both
// languages and what to do next, never a stack trace, and nothing changed.
public sealed class BadInputTests : IDisposable
{
    private readonly RunFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("run", "--bogus")]
    [InlineData("status", "--json", "--verbose")]
    [InlineData("run", "--stable-seconds", "soon")]
    [InlineData("generate", "--out", "x", "--visits-per-outlet", "abc")]
    [InlineData("explode")]
    public void UnknownOptionsAndUnparseableValuesExitWith2(params string[] args)
    {
        var result = ChildProcess.Run(null, args);

        Screen.CouldNotStart(result, "bad arguments");
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyPeriodIsRefusedWithAReason()
    {
        var result = ChildProcess.Run(null, _folder.RerunArgs(""));

        Screen.CouldNotStart(result, "--period is empty");
    }

    [Fact]
    public void ADataFolderNamingAFileIsRefusedByEveryCommandThatUsesIt()
    {
        var file = Path.Combine(_folder.Root, "not-a-folder.txt");
        File.WriteAllText(file, "x");

        var results = new[]
        {
            ChildProcess.Run(null, "status", "--data", file),
            ChildProcess.Run(null, "rerun", "--period", "2026Q3", "--data", file),
            ChildProcess.Run(null, "run", "--inbox", _folder.Inbox, "--out", _folder.Out, "--data", file, "--stable-seconds", "0"),
        };

        Assert.All(results, result => Screen.CouldNotStart(result, $"the data folder {file} is a file, not a folder"));
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void TheDemoRefusesAFolderNamingAFile()
    {
        var file = Path.Combine(_folder.Root, "demo.txt");
        File.WriteAllText(file, "x");

        var result = ChildProcess.Run(null, "demo", "--folder", file);

        Screen.CouldNotStart(result, "is a file, not a folder");
    }

    [Fact]
    public void TheDemoRefusesAFolderHoldingSomeoneElsesFilesAndDeletesNothing()
    {
        var work = Path.Combine(_folder.Root, "work");
        Directory.CreateDirectory(Path.Combine(work, "inbox"));
        File.WriteAllText(Path.Combine(work, "budget.xlsx"), "mine");

        var result = ChildProcess.Run(null, "demo", "--folder", work);

        Screen.CouldNotStart(result, "neither empty nor a demo folder");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(work, "budget.xlsx")));
        Assert.True(Directory.Exists(Path.Combine(work, "inbox")));
    }

    [Fact]
    public void AnInvalidSettingInTheEnvironmentExitsWith2AndNamesIt()
    {
        var result = ChildProcess.Run(new Dictionary<string, string> { ["SATISFACTION_StableSeconds"] = "soon" }, "status", "--data", _folder.Data);

        Screen.CouldNotStart(result, "StableSeconds");
    }

    [Fact]
    public void AnOutletMasterWithAHeaderButNoOutletsIsRefusedAndNoFileIsTaken()
    {
        var master = Path.Combine(_folder.Root, "outlets.csv");
        File.WriteAllText(master, "省分,地市,营业厅编码,营业厅名称,别名,级别\r\n");
        var vendorFile = _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"));

        var run = ChildProcess.Run(null, _folder.RunArgs(outlets: master));
        var rerun = ChildProcess.Run(null, _folder.RerunArgs("2026Q3", outlets: master));

        Assert.All(new[] { run, rerun }, result => Screen.CouldNotStart(result, "the master lists no outlets"));
        Assert.True(File.Exists(vendorFile));
        Assert.False(Directory.Exists(Path.Combine(_folder.Data, "quarantine")));
    }
}

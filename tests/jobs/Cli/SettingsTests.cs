namespace Satisfaction.Jobs.Tests.Cli;

// OPERATIONS.md: settings also come from appsettings.json and environment variables, in the usual .NET
// order (the command line last).
public sealed class SettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("satisfaction-settings").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AnEnvironmentVariableChoosesTheDataFolderAndTheCommandLineWins()
    {
        var fromEnvironment = Path.Combine(_folder, "from-env");
        var fromCommandLine = Path.Combine(_folder, "from-cli");
        var environment = new Dictionary<string, string> { ["SATISFACTION_Data"] = fromEnvironment };

        var byEnvironment = ChildProcess.Run(environment, "status");
        var byCommandLine = ChildProcess.Run(environment, "status", "--data", fromCommandLine);

        Assert.Contains(fromEnvironment, byEnvironment.Error, StringComparison.Ordinal);
        Assert.Contains(fromCommandLine, byCommandLine.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommandsAndMissingRequiredOptionsExitWith2AndPointToTheUsage()
    {
        Assert.Equal(2, ChildProcess.Run(null, "explode").ExitCode);
        var rerun = ChildProcess.Run(null, "rerun");
        Assert.Equal(2, rerun.ExitCode);
        Assert.Contains("--period", rerun.Error + rerun.Output, StringComparison.Ordinal);
    }
}

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>What <c>serve</c> refuses before it starts, and <c>rerun</c> when no host is alive.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly RunFolder _folder = new();

    [Theory]
    [InlineData("SATISFACTION_Host__Workers", "0", "Host:Workers")]
    [InlineData("SATISFACTION_Host__ApiToken", "short", "Host:ApiToken")]
    [InlineData("SATISFACTION_Host__InvisibilityTimeoutSeconds", "2", "Host:InvisibilityTimeoutSeconds")]
    [InlineData("SATISFACTION_Host__ScanCron", "every minute", "Host:ScanCron")]
    [InlineData("SATISFACTION_Host__Users__0__Name", "analyst", "PasswordHash")]
    public void TheHostRefusesInvalidSettingsNamingThem(string variable, string value, string named)
    {
        var result = ChildProcess.Run(new Dictionary<string, string> { [variable] = value }, [.. HostProcess.ServeArgs(_folder), "--urls", $"http://127.0.0.1:{HostProcess.FreePort()}"]);
        Cli.Screen.CouldNotStart(result, named);
        Assert.Contains("invalid settings", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHostRefusesAnAddressAnotherProgramListensOn()
    {
        using var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;
        var result = ChildProcess.Run(null, [.. HostProcess.ServeArgs(_folder), "--urls", $"http://127.0.0.1:{port}"]);
        Cli.Screen.CouldNotStart(result, "the address is in use");
    }

    [Fact]
    public void RerunWithoutARunningHostWritesTheWorkbooksItselfAndSaysSo()
    {
        _folder.AddVisits("暗访-南京.csv", ("V1", RunFolder.Nanjing, "2026-07-10", 4));
        Assert.Equal(0, ChildProcess.Run(null, _folder.RunArgs()).ExitCode);
        File.Delete(_folder.ProvinceWorkbook("2026Q3"));

        var (exit, output, error) = ChildProcess.Run(null, [.. _folder.RerunArgs("2026Q3"), "--wait"]);

        Assert.True(exit == 0, output + error);
        Assert.Contains("no host is running on this data folder: rerun writes the workbooks itself", error, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.ProvinceWorkbook("2026Q3")));
        Assert.False(File.Exists(Path.Combine(_folder.Data, "hangfire.db")));
    }

    public void Dispose() => _folder.Dispose();
}

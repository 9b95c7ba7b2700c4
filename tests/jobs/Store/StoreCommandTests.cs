using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Satisfaction.Jobs.Tests.Store;

// Issue 8, points 1 and 2 at the command line: the store is chosen by --store/--connection or the
// environment, and a PostgreSQL store that cannot be reached stops the command with exit 2 within 10 s,
// saying where (host:port), what the server said and what to fix.
public sealed class StoreCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-store-cli", Guid.NewGuid().ToString("N"));

    public StoreCommandTests() => Directory.CreateDirectory(Path.Combine(_folder, "inbox"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("run")]
    [InlineData("status")]
    [InlineData("rerun")]
    public void AnUnreachableServerStopsTheCommandWithExit2Within10SecondsNamingHostAndPort(string command)
    {
        var port = FreePort();
        var connection = $"Host=127.0.0.1;Port={port};Database=satisfaction;Username=satisfaction;Password=x";
        var clock = Stopwatch.StartNew();

        var run = ChildProcess.Run(null, [.. Args(command), "--store", "postgres", "--connection", connection]);

        Assert.Equal(2, run.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Contains($"127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
        Assert.Contains("check Host and Port", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=x", run.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "inbox")));
    }

    [Fact]
    public void TheEnvironmentChoosesTheStoreAndTheCommandLineWins()
    {
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["SATISFACTION_Store"] = "postgres",
            ["SATISFACTION_Connection"] = $"Host=127.0.0.1;Port={port};Database=d;Username=u",
        };

        var fromEnvironment = ChildProcess.Run(environment, [.. Args("status")]);
        var overridden = ChildProcess.Run(environment, [.. Args("status"), "--store", "sqlite"]);

        Assert.Equal(2, fromEnvironment.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", fromEnvironment.Error, StringComparison.Ordinal);
        Assert.Equal(2, overridden.ExitCode);
        Assert.Contains("no store here yet", overridden.Error, StringComparison.Ordinal);
        Assert.Contains("satisfaction.db", overridden.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithoutAConnectionStringOrAnUnknownStoreIsRefusedWithExit2()
    {
        var noConnection = ChildProcess.Run(null, [.. Args("run"), "--store", "postgres"]);
        var unknown = ChildProcess.Run(null, [.. Args("run"), "--store", "mysql"]);

        Assert.Equal(2, noConnection.ExitCode);
        Assert.Contains("--store postgres needs --connection", noConnection.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("mysql", unknown.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "inbox")));
    }

    private string[] Args(string command)
    {
        File.WriteAllText(Path.Combine(_folder, "inbox", "a.csv"), "样本编号,营业厅编码,调查日期,S1\nR1,0250101,2026-07-05,8\n");
        var data = Path.Combine(_folder, "data");
        return command switch
        {
            "run" => ["run", "--inbox", Path.Combine(_folder, "inbox"), "--data", data, "--out", Path.Combine(_folder, "out"), "--stable-seconds", "0"],
            "rerun" => ["rerun", "--period", "2026Q3", "--data", data, "--out", Path.Combine(_folder, "out")],
            _ => ["status", "--data", data],
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

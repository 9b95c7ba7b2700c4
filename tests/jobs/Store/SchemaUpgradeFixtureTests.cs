using Microsoft.Data.Sqlite;

namespace Satisfaction.Jobs.Tests.Store;

// Issue 8, point 7: a store written by the released version (schema 2, kept in Fixtures/v2-sample-inbox)
// opens with today's program, is upgraded in place to version 4 (3, then the answers as cells), shows the same ledger, and its workbooks
// rewritten from it have the same figures as a fresh run of the same inbox.
public sealed class SchemaUpgradeFixtureTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-upgrade", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void AStoreWrittenByTheReleasedVersionIsUpgradedAndReportsTheSameFigures()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Store", "Fixtures", "v2-sample-inbox");
        var data = Directory.CreateDirectory(Path.Combine(_folder, "upgraded", "data")).FullName;
        File.Copy(Path.Combine(fixture, "satisfaction.db"), Path.Combine(data, "satisfaction.db"));
        Assert.Equal(2, UserVersion(data));

        var status = ChildProcess.Run(null, "status", "--json", "--data", data);

        Assert.True(status.ExitCode == 0, status.Error);
        Assert.Equal(4, UserVersion(data));
        Assert.Equal(Normalized(File.ReadAllText(Path.Combine(fixture, "status.json"))), Normalized(status.Output));

        var outFolder = Path.Combine(_folder, "upgraded", "out");
        foreach (var period in new[] { "2026Q2", "2026Q3" })
        {
            var rerun = ChildProcess.Run(null, "rerun", "--period", period, "--data", data, "--out", outFolder);
            Assert.True(rerun.ExitCode == 0, rerun.Error + rerun.Output);
        }

        using var sqlite = StoreUnderTest.Create("sqlite");
        var fresh = StoreParityTests.RunSamples(_folder, "fresh", sqlite);
        var workbooks = StoreParityTests.Workbooks(fresh);
        Assert.Equal(workbooks, StoreParityTests.Workbooks(Path.Combine(_folder, "upgraded")));
        foreach (var workbook in workbooks)
        {
            Assert.Equal(NamedTables.Read(Path.Combine(fresh, "out", workbook)), NamedTables.Read(Path.Combine(outFolder, workbook)));
        }
    }

    private static string Normalized(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();

    private static long UserVersion(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "satisfaction.db")};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("PRAGMA user_version", connection);
        return (long)command.ExecuteScalar()!;
    }
}

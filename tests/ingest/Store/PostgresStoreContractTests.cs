using Npgsql;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Store.Postgres;
using Satisfaction.Tests.Shared;

namespace Satisfaction.Ingest.Tests.Store;

/// <summary>The store contract on a real PostgreSQL server: a database of the test's own.</summary>
public sealed class PostgresStoreContractTests : StoreConcurrencyContract
{
    private TestPostgres? _database;

    private TestPostgres Database => _database ??= TestPostgres.Create();

    public override void Dispose()
    {
        base.Dispose();
        _database?.Dispose();
    }

    [SkippableFact]
    public void AFileBeingLoadedIsNotClaimedByASecondPassWhichDoesNotWaitForIt()
    {
        var modified = DateTimeOffset.UtcNow;
        using var other = OpenStore(Harness.Data);
        using var load = Store.BeginLoad();
        Assert.True(load.TryClaim("/inbox/a.csv", 10, modified));

        using var second = other.BeginLoad();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(second.TryClaim("/inbox/a.csv", 10, modified));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
    }

    [SkippableFact]
    public void AnUnreachableServerIsReportedWithinTenSecondsWithHostAndPort()
    {
        var builder = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = FreePort() };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var failure = Assert.Throws<StoreUnavailableException>(() => StoreFactory.Open(new StoreSettings { Kind = StoreKind.Postgres, Connection = builder.ConnectionString, DataFolder = Harness.Data }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Contains($"127.0.0.1:{builder.Port}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Port", failure.Fix, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AWrongPasswordOrAMissingDatabaseIsReportedWithTheServersOwnMessage()
    {
        var wrong = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Password = "not-the-password" };
        var missing = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = "no_such_database" };

        var password = Assert.Throws<StoreUnavailableException>(() => PostgresIngestStore.Connect(wrong.ConnectionString));
        var database = Assert.Throws<StoreUnavailableException>(() => PostgresIngestStore.Connect(missing.ConnectionString));

        Assert.Contains("password authentication failed", password.Message, StringComparison.Ordinal);
        Assert.Contains("Password", password.Fix, StringComparison.Ordinal);
        Assert.Contains("\"no_such_database\" does not exist", database.Message, StringComparison.Ordinal);
        Assert.Contains("createdb", database.Fix, StringComparison.Ordinal);
    }

    protected override IIngestStore OpenStore(string dataFolder) => PostgresIngestStore.Connect(Database.ConnectionString);

    // The server ends every connection to this database, the load's among them: its commit fails.
    protected override void BreakTheStore()
    {
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = "postgres" }.ConnectionString);
        admin.Open();
        using var command = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", admin);
        command.Parameters.AddWithValue("name", Database.Name);
        command.ExecuteNonQuery();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

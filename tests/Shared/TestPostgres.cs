using Npgsql;

namespace Satisfaction.Tests.Shared;

/// <summary>
/// A database of its own on the throw-away PostgreSQL cluster the test command starts
/// (<c>scripts/test-postgres</c>, connection in <c>SATISFACTION_TEST_POSTGRES</c>): created as
/// <c>t_&lt;guid&gt;</c>, dropped on dispose. Under <c>./run-tests</c> (<c>SATISFACTION_TEST_POSTGRES_REQUIRED=1</c>)
/// a missing server fails the test — CI must prove the PostgreSQL store; run by hand without one, the test
/// is skipped and says why.
/// </summary>
internal sealed class TestPostgres : IDisposable
{
    public const string ServerVariable = "SATISFACTION_TEST_POSTGRES";
    public const string RequiredVariable = "SATISFACTION_TEST_POSTGRES_REQUIRED";

    private readonly string _server;

    private TestPostgres(string server)
    {
        _server = server;
        Name = "t_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, Pooling = false }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The connection string of this test's database.</summary>
    public string ConnectionString { get; }

    /// <summary>A database for this test; skips the test (or fails it under ./run-tests) when no server was started.</summary>
    public static TestPostgres Create()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (Environment.GetEnvironmentVariable(RequiredVariable) == "1")
            {
                throw new InvalidOperationException($"{ServerVariable} is not set although ./run-tests requires PostgreSQL: scripts/test-postgres did not start the cluster.");
            }

            Skip.If(true, $"no PostgreSQL server: run ./run-tests, or start one with scripts/test-postgres start and set {ServerVariable}");
        }

        return new TestPostgres(server!);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

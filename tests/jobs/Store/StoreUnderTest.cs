using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Store.Postgres;
using Satisfaction.Tests.Shared;

namespace Satisfaction.Jobs.Tests.Store;

/// <summary>
/// A store for command-line tests: SQLite in the data folder, or a PostgreSQL database of the test's own;
/// the options that point a command at it, and a connection to read it back.
/// </summary>
internal sealed class StoreUnderTest : IDisposable
{
    private readonly TestPostgres? _database;

    private StoreUnderTest(TestPostgres? database) => _database = database;

    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    /// <summary>The command-line options choosing this store (none for the default, SQLite).</summary>
    public IReadOnlyList<string> Args => _database is null ? [] : ["--store", "postgres", "--connection", _database.ConnectionString];

    public string? ConnectionString => _database?.ConnectionString;

    public static StoreUnderTest Create(string kind) => new(kind == "postgres" ? TestPostgres.Create() : null);

    public IIngestStore Open(string dataFolder) => _database is null
        ? SqliteIngestStore.InDataFolder(dataFolder)
        : PostgresIngestStore.Connect(_database.ConnectionString);

    public string[] With(params string[] args) => [.. args, .. Args];

    public void Dispose() => _database?.Dispose();
}

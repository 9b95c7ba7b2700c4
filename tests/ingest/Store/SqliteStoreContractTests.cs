using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Tests.Store;

/// <summary>The store contract on SQLite: a file in the test's data folder.</summary>
public sealed class SqliteStoreContractTests : StoreConcurrencyContract
{
    protected override IIngestStore OpenStore(string dataFolder) => SqliteIngestStore.InDataFolder(dataFolder);

    // What Microsoft.Data.Sqlite throws when the disk fails under a write (SQLITE_IOERR).
    protected override void BreakTheStore() => throw new SqliteException("disk I/O error", 10);
}

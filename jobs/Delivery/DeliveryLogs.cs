using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Delivery;

/// <summary>Opens the delivery record where the store is: the SQLite store's file, or the PostgreSQL store's database.</summary>
public static class DeliveryLogs
{
    public static IDeliveryLog Open(StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Kind == StoreKind.Postgres
            ? SqlDeliveryLog.Postgres(store.Connection ?? throw new ArgumentException("A PostgreSQL store needs a connection string.", nameof(store)))
            : SqlDeliveryLog.Sqlite(Path.Combine(store.DataFolder, SqliteIngestStore.FileName));
    }
}

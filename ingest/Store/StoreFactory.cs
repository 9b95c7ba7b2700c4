using Satisfaction.Ingest.Store.Postgres;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// The one place that chooses the store: every command and the host get an <see cref="IIngestStore"/> from
/// here and never name a concrete store.
/// </summary>
public static class StoreFactory
{
    /// <summary>Opens (and connects to) the store; the schema is created or upgraded by <see cref="IIngestStore.Migrate"/>.</summary>
    public static IIngestStore Open(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Kind switch
        {
            StoreKind.Postgres => PostgresIngestStore.Connect(settings.Connection ?? throw new ArgumentException("A PostgreSQL store needs a connection string.", nameof(settings))),
            _ => SqliteIngestStore.InDataFolder(settings.DataFolder),
        };
    }

    /// <summary>Whether a store was ever created there (status and rerun need one); connects to PostgreSQL to find out.</summary>
    public static bool Exists(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Kind switch
        {
            StoreKind.Postgres => PostgresIngestStore.SchemaExists(settings.Connection ?? string.Empty),
            _ => File.Exists(Path.Combine(settings.DataFolder, SqliteIngestStore.FileName)),
        };
    }
}

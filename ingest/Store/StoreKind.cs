namespace Satisfaction.Ingest.Store;

/// <summary>Which store holds the ledger and the rows.</summary>
public enum StoreKind
{
    /// <summary>The embedded default: one file in the data folder, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by many machines.</summary>
    Postgres,
}

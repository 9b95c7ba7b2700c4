namespace Satisfaction.Ingest.Store;

/// <summary>
/// Where the ledger and rows live: SQLite in <see cref="DataFolder"/>, or PostgreSQL through
/// <see cref="Connection"/>. Vendor files, error reports and report state stay in the data folder either way.
/// </summary>
public sealed record StoreSettings
{
    public StoreKind Kind { get; init; } = StoreKind.Sqlite;

    /// <summary>The Npgsql connection string (<c>Host=…;Port=…;Database=…;Username=…;Password=…</c>); PostgreSQL only.</summary>
    public string? Connection { get; init; }

    public required string DataFolder { get; init; }

    /// <summary>Reads <c>sqlite</c> or <c>postgres</c> (any case; <c>postgresql</c> too); null for anything else.</summary>
    public static StoreKind? ParseKind(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => StoreKind.Sqlite,
        "POSTGRES" or "POSTGRESQL" => StoreKind.Postgres,
        _ => null,
    };

    /// <summary>Every problem with these settings, empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Kind == StoreKind.Postgres && string.IsNullOrWhiteSpace(Connection))
        {
            problems.Add("Connection: --store postgres needs --connection \"Host=…;Port=5432;Database=…;Username=…;Password=…\" (or SATISFACTION_Connection)");
        }

        if (Kind == StoreKind.Postgres && !string.IsNullOrWhiteSpace(Connection) && Postgres.PostgresConnection.Problem(Connection) is { } problem)
        {
            problems.Add("Connection: " + problem);
        }

        return problems;
    }

    /// <summary>Where the store is, for messages (never the password).</summary>
    public string Describe() => Kind == StoreKind.Sqlite
        ? Path.Combine(Path.GetFullPath(DataFolder), SqliteIngestStore.FileName)
        : Postgres.PostgresConnection.Describe(Connection ?? string.Empty);
}

using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Settings;

/// <summary>
/// Settings with their documented defaults. Sources, later winning: these defaults, appsettings.json
/// (current folder, then beside the program), environment variables prefixed SATISFACTION_
/// (e.g. SATISFACTION_Data=/srv/satisfaction), then command-line options.
/// </summary>
public sealed record ProductSettings
{
    /// <summary>The data folder: store, archive, quarantine (default: data/ in the current folder).</summary>
    public string Data { get; init; } = "data";

    public string Inbox { get; init; } = "inbox";

    public string Out { get; init; } = "out";

    /// <summary>The outlet master (default: data-samples/outlets.csv).</summary>
    public string? Outlets { get; init; }

    /// <summary>The scheme (default: data-samples/scheme.json).</summary>
    public string? Scheme { get; init; }

    /// <summary>Seconds a file's size and time must hold still before it is taken.</summary>
    public double StableSeconds { get; init; } = 3;

    /// <summary>Which store holds the ledger and rows: <c>sqlite</c> (default, in the data folder) or <c>postgres</c>.</summary>
    public string Store { get; init; } = "sqlite";

    /// <summary>The PostgreSQL connection string (<c>Host=…;Port=…;Database=…;Username=…;Password=…</c>).</summary>
    public string? Connection { get; init; }

    /// <summary>The store these settings choose, for a data folder (where files stay whichever the store).</summary>
    public StoreSettings StoreFor(string dataFolder) => new()
    {
        Kind = StoreSettings.ParseKind(Store) ?? StoreKind.Sqlite,
        Connection = Connection,
        DataFolder = dataFolder,
    };

    /// <summary>Every problem with the store settings.</summary>
    public IReadOnlyList<string> ValidateStore() => StoreSettings.ParseKind(Store) is null
        ? [$"Store: must be sqlite or postgres, not '{Store}'"]
        : StoreFor(Data).Validate();

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Data))
        {
            problems.Add("Data: the data folder must be set");
        }

        if (StableSeconds is < 0 or > 3600)
        {
            problems.Add($"StableSeconds: must be between 0 and 3600, not {StableSeconds}");
        }

        problems.AddRange(ValidateStore());
        return problems;
    }
}

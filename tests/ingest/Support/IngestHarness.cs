using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Tests.Support;

/// <summary>
/// A real inbox, data folder and store — a SQLite file, or the store the given function opens for the
/// data folder (a PostgreSQL database) — and one call to run a pass over them.
/// </summary>
public sealed class IngestHarness : IDisposable
{
    private readonly TestFolder _folder = new();

    public IngestHarness(Func<string, IIngestStore>? open = null)
    {
        Inbox = _folder.Sub("inbox");
        Data = _folder.Sub("data");
        Store = open?.Invoke(Data) ?? SqliteIngestStore.InDataFolder(Data);
        Store.Migrate();
    }

    public string Inbox { get; }

    public string Data { get; }

    public IIngestStore Store { get; }

    public IngestSummary Run(Action<string>? checkpoint = null) => RunWith(Store, checkpoint);

    /// <summary>A pass through another connection to the same store (a second pass, as another process would run it).</summary>
    public IngestSummary RunWith(IIngestStore store, Action<string>? checkpoint = null)
    {
        var options = new IngestOptions { Inbox = Inbox, DataFolder = Data, StableFor = TimeSpan.Zero, Checkpoint = checkpoint };
        var runner = new IngestRunner(store, TestData.Scheme, TestData.Outlets, options, TimeProvider.System);
        return runner.RunOnceAsync().GetAwaiter().GetResult();
    }

    /// <summary>Runs a pass over a single dropped file and returns its ledger entry.</summary>
    public LedgerEntry RunOne()
    {
        var summary = Run();
        Assert.Single(summary.Files);
        return summary.Files[0];
    }

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }
}

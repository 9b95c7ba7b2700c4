using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Tests.Support;

/// <summary>A real inbox, data folder and SQLite file, and one call to run a pass over them.</summary>
public sealed class IngestHarness : IDisposable
{
    private readonly TestFolder _folder = new();

    public IngestHarness()
    {
        Inbox = _folder.Sub("inbox");
        Data = _folder.Sub("data");
        Store = SqliteIngestStore.InDataFolder(Data);
        Store.Migrate();
    }

    public string Inbox { get; }

    public string Data { get; }

    public SqliteIngestStore Store { get; }

    public IngestSummary Run(Action<string>? checkpoint = null)
    {
        var options = new IngestOptions { Inbox = Inbox, DataFolder = Data, StableFor = TimeSpan.Zero, Checkpoint = checkpoint };
        var runner = new IngestRunner(Store, TestData.Scheme, TestData.Outlets, options, TimeProvider.System);
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

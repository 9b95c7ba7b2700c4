using Hangfire;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Reports.Fonts;

namespace Satisfaction.Jobs.Work;

/// <summary>What every job of the host works with: the folders, the store seam, the inputs, the scored-data cache and the job records.</summary>
public sealed class WorkContext
{
    private readonly Lazy<CjkFont> _font = new(CjkFont.Resolve);

    public WorkContext(WorkFolders folders, HostStore store, JobStorage storage, TimeProvider time)
    {
        Folders = folders ?? throw new ArgumentNullException(nameof(folders));
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Time = time ?? throw new ArgumentNullException(nameof(time));
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        Inputs = new InputsSource(folders.Scheme, folders.Outlets);
        Rebuilds = new Rebuilds(storage, time);
        Pending = new PendingJobs(storage);
        Client = new BackgroundJobClient(storage);
    }

    public WorkFolders Folders { get; }

    public HostStore Store { get; }

    public JobStorage Storage { get; }

    public TimeProvider Time { get; }

    public InputsSource Inputs { get; }

    public ScoredDataCache Cache { get; } = new();

    public Rebuilds Rebuilds { get; }

    public PendingJobs Pending { get; }

    public IBackgroundJobClient Client { get; }

    public CjkFont Font => _font.Value;
}

/// <summary>The folders and input files a host works with, as full paths (the scheme and master may be null: the samples').</summary>
public sealed record WorkFolders(string Inbox, string Data, string Out, string? Scheme, string? Outlets, TimeSpan StableFor)
{
    /// <summary>The store (SQLite in <see cref="Data"/> unless set).</summary>
    public Satisfaction.Ingest.Store.StoreSettings? Store { get; init; }
}

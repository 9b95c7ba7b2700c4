using System.Diagnostics;
using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// One pass over the inbox: finish what a crash left half done, then take every stable file in arrival
/// order. A file that breaks the program (not the contract) is quarantined with the error, so the next
/// pass does not trip on it again; only a failing store (<see cref="StoreException.IsStoreFailure"/>, whichever store) stops the pass, and
/// the file it was loading stays in the inbox.
/// </summary>
public sealed class IngestRunner
{
    private readonly IIngestStore _store;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly FileIngestor _ingestor;

    public IngestRunner(IIngestStore store, ScoringScheme scheme, OutletMaster outlets, IngestOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _ingestor = new FileIngestor(store, scheme, outlets, options, time);
    }

    /// <summary>Raised when a file is done, for progress output.</summary>
    public event EventHandler<LedgerEntry>? FileDone;

    /// <summary>Raised every few thousand rows of a file, for progress on long files.</summary>
    public event EventHandler<(InboxFile File, int Rows)>? RowsRead;

    public async Task<IngestSummary> RunOnceAsync(CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        _store.Migrate();
        var recovered = _ingestor.FinishPendingMoves();
        var scanner = new InboxScanner(_options.Inbox, _time);
        var (stable, changing) = await scanner.StableFilesAsync(_options.StableFor, cancellation).ConfigureAwait(false);
        var left = changing.ToList();
        var done = new List<LedgerEntry>();
        var committedSnapshot = false;
        try
        {
            foreach (var file in stable)
            {
                cancellation.ThrowIfCancellationRequested();
                if (IngestOne(file) is not { } entry)
                {
                    left.Add(file);
                    continue;
                }

                done.Add(entry);
                FileDone?.Invoke(this, entry);
            }
        }
        catch (PendingMoveException)
        {
            // Its snapshot is committed content the next pass archives: the pass's staging stays.
            committedSnapshot = true;
            throw;
        }
        finally
        {
            if (!committedSnapshot)
            {
                _ingestor.EndPass();
            }
        }

        return new IngestSummary(done, recovered, StillThere(scanner, left), clock.Elapsed);
    }

    // Files left for a later pass that are still in the inbox (one that went away is not "still changing").
    private static List<InboxFile> StillThere(InboxScanner scanner, List<InboxFile> left)
    {
        if (left.Count == 0)
        {
            return left;
        }

        var present = scanner.Look().Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return left.Where(f => present.Contains(f.Path)).ToList();
    }

    private LedgerEntry? IngestOne(InboxFile file)
    {
        try
        {
            return _ingestor.Ingest(file, new Progress(rows => RowsRead?.Invoke(this, (file, rows))));
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or PendingMoveException) && !StoreException.IsStoreFailure(ex))
        {
            return _ingestor.SetAside(file, Messages.ProgramFailed(ex));
        }
    }

    // Synchronous, unlike System.Progress<T>, so progress lines come out in order and before the file's summary.
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}

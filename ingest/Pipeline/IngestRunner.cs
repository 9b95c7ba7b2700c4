using System.Diagnostics;
using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// One pass over the inbox: finish what a crash left half done, then take every stable file in arrival
/// order. A file that breaks the program (not the contract) is quarantined with the error, so the next
/// pass does not trip on it again; only a failing store stops the pass.
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
        var done = new List<LedgerEntry>();
        foreach (var file in stable)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!File.Exists(file.Path))
            {
                continue;
            }

            var entry = IngestOne(file);
            done.Add(entry);
            FileDone?.Invoke(this, entry);
        }

        return new IngestSummary(done, recovered, changing, clock.Elapsed);
    }

    private LedgerEntry IngestOne(InboxFile file)
    {
        try
        {
            return _ingestor.Ingest(file, new Progress(rows => RowsRead?.Invoke(this, (file, rows))));
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or Microsoft.Data.Sqlite.SqliteException or PendingMoveException))
        {
            return QuarantineOnFailure(file, ex);
        }
    }

    private static string TrySha256(string path)
    {
        try
        {
            return FileIngestor.Sha256Of(path);
        }
        catch (IOException)
        {
            // The ledger still records the file; only its hash could not be read.
            return string.Empty;
        }
    }

    // Synchronous, unlike System.Progress<T>, so progress lines come out in order and before the file's summary.
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private LedgerEntry QuarantineOnFailure(InboxFile file, Exception failure)
    {
        var problem = new Problem(
            $"处理该文件时程序出错：{failure.Message}",
            $"the program failed on this file: {failure.GetType().Name}: {failure.Message}",
            "请把该文件和错误报告交给系统维护人员 / pass the file and this report to the product's maintainers");
        var folders = new DataFolders(_options.DataFolder);
        using var load = _store.BeginLoad();
        var now = _time.GetUtcNow();
        var stored = folders.StoredPath(FileOutcome.Quarantined, load.FileId, file.Name, now);
        var entry = new LedgerEntry
        {
            Id = load.FileId,
            Name = file.Name,
            Sha256 = TrySha256(file.Path),
            Size = file.Size,
            ModifiedUtc = file.ModifiedUtc,
            ProcessedUtc = now,
            Outcome = FileOutcome.Quarantined,
            Reasons = [$"{problem.Chinese} / {problem.English}"],
            InboxPath = file.Path,
            StoredPath = stored,
            ReportPath = DataFolders.ReportPath(stored),
        };
        ErrorReportWriter.Write(entry.ReportPath, new FileReport(entry, [RowIssue.ForFile(IssueSeverity.Error, "—", problem)], 0));
        load.Record(entry);
        load.Commit();
        Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
        File.Move(file.Path, stored, overwrite: true);
        _store.MarkMoved(entry.Id);
        return entry with { Moved = true };
    }
}

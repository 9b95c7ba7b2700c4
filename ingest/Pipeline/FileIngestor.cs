using System.Security.Cryptography;
using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// Takes one stable inbox file to its end (DATA-CONTRACT.md 2.7): archived, duplicate or quarantined.
/// The file's rows and its ledger entry commit in one transaction, and the file leaves the inbox only
/// after that commit; a crash before it leaves nothing behind, a crash after it is finished on restart.
/// </summary>
public sealed partial class FileIngestor
{
    /// <summary>Over this share of rejected data rows the whole file is quarantined.</summary>
    public const double MaxRejectedShare = 0.20;

    private readonly IIngestStore _store;
    private readonly ScoringScheme _scheme;
    private readonly OutletMaster _outlets;
    private readonly DataFolders _folders;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;

    public FileIngestor(IIngestStore store, ScoringScheme scheme, OutletMaster outlets, IngestOptions options, TimeProvider time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _scheme = scheme ?? throw new ArgumentNullException(nameof(scheme));
        _outlets = outlets ?? throw new ArgumentNullException(nameof(outlets));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _folders = new DataFolders(options.DataFolder);
    }

    public LedgerEntry Ingest(InboxFile file, IProgress<int>? rowsRead = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sha256 = Sha256Of(file.Path);
        var processing = new FileProcessing(_options.MaxListedIssues);
        using var load = _store.BeginLoad();
        var now = _time.GetUtcNow();

        FileOutcome outcome;
        long? duplicateOf = null;
        var replaced = 0;
        if (_store.FindArchived(sha256) is { } earlier)
        {
            outcome = FileOutcome.Duplicate;
            duplicateOf = earlier.Id;
            processing.Kind = earlier.Kind;
            var problem = Messages.DuplicateFile(earlier.Name, earlier.ProcessedUtc);
            processing.Reasons.Add(Reason(problem));
            processing.Add(RowIssue.ForFile(IssueSeverity.Warning, "—", problem));
        }
        else
        {
            var fatal = Read(file, load, processing, rowsRead);
            if (fatal is null && processing.DataRows == 0)
            {
                fatal = Messages.NoDataRows();
            }

            if (fatal is null && processing.Rejected > MaxRejectedShare * processing.DataRows)
            {
                fatal = Messages.TooManyRejected(processing.Rejected, processing.DataRows);
            }

            if (fatal is null)
            {
                outcome = FileOutcome.Archived;
                replaced = load.SupersedeEarlier(processing.Kind!.Value, now);
                if (processing.Rejected > 0)
                {
                    processing.Reasons.Insert(0, $"{processing.Rejected} 行被拒绝，见错误报告 / {processing.Rejected} row(s) rejected: see the error report");
                }
            }
            else
            {
                outcome = FileOutcome.Quarantined;
                load.DiscardRows();
                processing.Reasons.Insert(0, Reason(fatal));
                processing.Issues.Insert(0, RowIssue.ForFile(IssueSeverity.Error, "—", fatal));
            }
        }

        var stored = _folders.StoredPath(outcome, load.FileId, file.Name, now);
        var entry = new LedgerEntry
        {
            Id = load.FileId,
            Name = file.Name,
            Sha256 = sha256,
            Size = file.Size,
            ModifiedUtc = file.ModifiedUtc,
            ProcessedUtc = now,
            Kind = processing.Kind,
            Outcome = outcome,
            RowsLoaded = outcome == FileOutcome.Archived ? processing.Loaded : 0,
            RowsRejected = processing.Rejected,
            RowsSkipped = processing.Skipped + processing.Repeats,
            Warnings = processing.Warnings,
            RowsReplaced = replaced,
            Reasons = processing.Reasons,
            DuplicateOf = duplicateOf,
            Description = processing.Description,
            InboxPath = file.Path,
            StoredPath = stored,
            ReportPath = DataFolders.ReportPath(stored),
        };

        ErrorReportWriter.Write(entry.ReportPath, new FileReport(entry, processing.Issues, processing.NotListed));
        load.Record(entry);
        _options.Checkpoint?.Invoke("before-commit");
        load.Commit();
        try
        {
            _options.Checkpoint?.Invoke("after-commit");
            MoveOut(entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Committed: the ledger holds the file. The next pass finishes the move.
            throw new PendingMoveException(entry, ex);
        }

        return entry with { Moved = true };
    }

    /// <summary>Finishes moves that a crash interrupted between commit and move.</summary>
    public int FinishPendingMoves()
    {
        var finished = 0;
        foreach (var entry in _store.PendingMoves())
        {
            if (File.Exists(entry.InboxPath) && Sha256Of(entry.InboxPath) == entry.Sha256)
            {
                MoveOut(entry);
            }
            else
            {
                _store.MarkMoved(entry.Id);
            }

            finished++;
        }

        return finished;
    }

    private void MoveOut(LedgerEntry entry)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(entry.StoredPath)!);
        File.Move(entry.InboxPath, entry.StoredPath, overwrite: true);
        _options.Checkpoint?.Invoke("after-move");
        _store.MarkMoved(entry.Id);
    }

    private static string Reason(Problem problem) => $"{problem.Chinese} / {problem.English}";

    internal static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

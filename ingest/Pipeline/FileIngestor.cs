using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Inbox;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// Takes one stable inbox file to its end (DATA-CONTRACT.md 2.7): archived, duplicate or quarantined.
/// It is hashed, read and archived as one snapshot (<see cref="InboxSnapshot"/>). The file's rows and its
/// ledger entry commit in one transaction, and the file leaves the inbox only after that commit; a crash
/// before it leaves nothing behind, a crash after it is finished on restart.
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
    private (InboxFile File, string Path)? _lastSnapshot;

    public FileIngestor(IIngestStore store, ScoringScheme scheme, OutletMaster outlets, IngestOptions options, TimeProvider time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _scheme = scheme ?? throw new ArgumentNullException(nameof(scheme));
        _outlets = outlets ?? throw new ArgumentNullException(nameof(outlets));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _folders = new DataFolders(options.DataFolder);
    }

    /// <summary>
    /// Takes the file to its end and returns its ledger entry; null when it was not taken because it changed
    /// or went away since the stable look (a later pass takes it if it is still there). An entry that is not
    /// a regular file is set aside as it is, never opened.
    /// </summary>
    public LedgerEntry? Ingest(InboxFile file, IProgress<int>? rowsRead = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Type != NodeType.Regular)
        {
            return UnixFiles.Status(file.NativePath()) is null ? null : SetAside(file, NotARegularFile(file));
        }

        using var load = _store.BeginLoad();
        if (!load.TryClaim(file.Path, file.Size, file.ModifiedUtc))
        {
            // Another pass is loading or moving this file: it is that pass's to finish.
            return null;
        }

        var now = _time.GetUtcNow();
        var snapshotPath = _folders.SnapshotPath(StoredName.Of(load.FileId, file.Name));
        _lastSnapshot = (file, snapshotPath);
        if (InboxSnapshot.Take(file, snapshotPath).Sha256 is not { } sha256)
        {
            return null;
        }

        var processing = new FileProcessing(_options.MaxListedIssues);
        if (file.NameEncoding is { } encoding)
        {
            var decoded = Messages.NameDecoded(encoding);
            processing.Reasons.Add(decoded.Bilingual);
            processing.Add(RowIssue.ForFile(IssueSeverity.Warning, "—", decoded));
        }

        FileOutcome outcome;
        long? duplicateOf = null;
        var replaced = 0;
        if (load.FindArchived(sha256) is { } earlier)
        {
            outcome = FileOutcome.Duplicate;
            duplicateOf = earlier.Id;
            processing.Kind = earlier.Kind;
            var problem = Messages.DuplicateFile(earlier.Name, earlier.ProcessedUtc);
            processing.Reasons.Add(problem.Bilingual);
            processing.Add(RowIssue.ForFile(IssueSeverity.Warning, "—", problem));
        }
        else
        {
            var fatal = Read(snapshotPath, file.Name, load, processing, rowsRead);
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
                    processing.Reasons.Insert(0, Messages.RowsRejected(processing.Rejected).Bilingual);
                }
            }
            else
            {
                outcome = FileOutcome.Quarantined;
                load.DiscardRows();
                processing.Reasons.Insert(0, fatal.Bilingual);
                processing.Issues.Insert(0, RowIssue.ForFile(IssueSeverity.Error, "—", fatal));
            }
        }

        var entry = NewEntry(load.FileId, file, sha256, outcome, now) with
        {
            Kind = processing.Kind,
            RowsLoaded = outcome == FileOutcome.Archived ? processing.Loaded : 0,
            RowsRejected = processing.Rejected,
            RowsSkipped = processing.Skipped + processing.Repeats,
            Warnings = processing.Warnings,
            RowsReplaced = replaced,
            Reasons = processing.Reasons,
            DuplicateOf = duplicateOf,
            Description = processing.Description,
        };

        return Commit(load, entry, new FileReport(entry, processing.Issues, processing.NotListed), file);
    }

    /// <summary>
    /// Quarantines the entry without reading it: a link, pipe or device, or a file the program failed on
    /// (then with the snapshot of it when one was taken, so the content kept is what was read).
    /// </summary>
    public LedgerEntry? SetAside(InboxFile file, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(problem);
        using var load = _store.BeginLoad();
        if (!load.TryClaim(file.Path, file.Size, file.ModifiedUtc))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var snapshot = _folders.SnapshotPath(StoredName.Of(load.FileId, file.Name));
        if (_lastSnapshot is { } taken && taken.File == file && taken.Path != snapshot && File.Exists(taken.Path))
        {
            // The failed attempt's snapshot, under this load's id: the content kept is what was read.
            File.Move(taken.Path, snapshot, overwrite: true);
        }

        var sha256 = File.Exists(snapshot) ? InboxSnapshot.Sha256Of(snapshot)
            : file.Type == NodeType.Regular ? InboxSnapshot.Sha256Of(file) ?? string.Empty
            : string.Empty;
        var entry = NewEntry(load.FileId, file, sha256, FileOutcome.Quarantined, now) with { Reasons = [problem.Bilingual] };
        return Commit(load, entry, new FileReport(entry, [RowIssue.ForFile(IssueSeverity.Error, "—", problem)], 0), file);
    }

    /// <summary>Finishes what a crash interrupted between a commit and the file leaving the inbox, then drops leftover snapshots.</summary>
    public int FinishPendingMoves()
    {
        var inbox = new InboxScanner(_options.Inbox, _time);
        var finished = 0;
        foreach (var entry in _store.PendingMoves())
        {
            var original = inbox.Find(entry.InboxPath, entry.Size, entry.ModifiedUtc);
            if (original is { Type: NodeType.Regular } && entry.Sha256.Length > 0 && InboxSnapshot.Sha256Of(original) != entry.Sha256)
            {
                original = null;
            }

            MoveOut(entry, original);
            finished++;
        }

        _folders.ClearSnapshots();
        return finished;
    }

    /// <summary>Removes this pass's staging folder; call at the end of the pass.</summary>
    public void EndPass() => _folders.ReleasePassStaging();

    private LedgerEntry NewEntry(long id, InboxFile file, string sha256, FileOutcome outcome, DateTimeOffset now)
    {
        var stored = _folders.StoredPath(outcome, id, file.Name, now);
        return new LedgerEntry
        {
            Id = id,
            Name = file.Name,
            Sha256 = sha256,
            Size = file.Size,
            ModifiedUtc = file.ModifiedUtc,
            ProcessedUtc = now,
            Outcome = outcome,
            InboxPath = file.Path,
            StoredPath = stored,
            ReportPath = DataFolders.ReportPath(stored),
        };
    }

    private LedgerEntry Commit(IFileLoad load, LedgerEntry entry, FileReport report, InboxFile original)
    {
        ErrorReportWriter.Write(entry.ReportPath, report);
        load.Record(entry);
        _options.Checkpoint?.Invoke("before-commit");
        load.Commit();
        try
        {
            _options.Checkpoint?.Invoke("after-commit");
            MoveOut(entry, original);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Committed: the ledger holds the file. The next pass finishes the move.
            throw new PendingMoveException(entry, ex);
        }

        return entry with { Moved = true };
    }

    // The snapshot becomes the stored file and the original leaves the inbox (if it is still as it was:
    // a file rewritten since is new content for a later pass). An entry set aside without a snapshot —
    // a link, a pipe — is itself moved.
    private void MoveOut(LedgerEntry entry, InboxFile? original)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(entry.StoredPath)!);
        if (_folders.FindSnapshot(entry.StoredPath) is { } snapshot)
        {
            try
            {
                File.Move(snapshot, entry.StoredPath, overwrite: true);
            }
            catch (FileNotFoundException) when (File.Exists(entry.StoredPath))
            {
                // Another pass finishing pending moves archived it first: the move is done.
            }
        }

        if (original is not null)
        {
            if (Path.Exists(entry.StoredPath))
            {
                InboxEntries.RemoveIfUnchanged(original);
            }
            else
            {
                InboxEntries.MoveAside(original, entry.StoredPath);
            }
        }

        _options.Checkpoint?.Invoke("after-move");
        _store.MarkMoved(entry.Id);
    }

    private static Problem NotARegularFile(InboxFile file)
    {
        string? target = null;
        if (file.Type == NodeType.SymbolicLink)
        {
            try
            {
                target = UnixFiles.ReadLink(file.NativePath());
            }
            catch (UnixIOException)
            {
                // Replaced since the look: the reason names the type only.
            }
        }

        return Messages.NotARegularFile(file.Type, target);
    }
}

using System.Globalization;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// The layout of the data folder: the store, and where each file ends — archive/, duplicates/ or
/// quarantine/, by month of processing — with its error report beside it, under a name that fits the
/// file system whatever the vendor's name (<see cref="StoredName"/>).
/// </summary>
public sealed class DataFolders
{
    private readonly string _passFolder = PassStaging.NewName();

    public DataFolders(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Database => Path.Combine(Root, SqliteIngestStore.FileName);

    public string StoredPath(FileOutcome outcome, long fileId, string name, DateTimeOffset processed)
    {
        var folder = outcome switch
        {
            FileOutcome.Archived => "archive",
            FileOutcome.Duplicate => "duplicates",
            _ => "quarantine",
        };
        var month = processed.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return Path.Combine(Root, folder, month, StoredName.Of(fileId, name));
    }

    public static string ReportPath(string storedPath) => storedPath + ".report.xlsx";

    /// <summary>
    /// Where this pass's snapshots wait to be archived: its own folder under <c>staging/</c> beside the archive
    /// (one file system, so archiving a snapshot is a rename), so that two passes at once keep apart.
    /// </summary>
    public string PassStagingFolder => Path.Combine(Staging, _passFolder);

    private string Staging => Path.Combine(Root, "staging");

    /// <summary>Where a file's snapshot is read from before it is archived, under the name it will be stored with.</summary>
    public string SnapshotPath(string storedPath) => Path.Combine(PassStagingFolder, Path.GetFileName(storedPath));

    /// <summary>
    /// The snapshot of a committed file still waiting in staging: this pass's, another pass's (alive, or
    /// killed between its commit and the move), or one an earlier version left at the top of <c>staging/</c>.
    /// </summary>
    public string? FindSnapshot(string storedPath)
    {
        var name = Path.GetFileName(storedPath);
        var own = SnapshotPath(storedPath);
        if (File.Exists(own))
        {
            return own;
        }

        if (!Directory.Exists(Staging))
        {
            return null;
        }

        var legacy = Path.Combine(Staging, name);
        return File.Exists(legacy) ? legacy
            : Directory.EnumerateDirectories(Staging).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Removes snapshots killed passes left behind (call once pending moves are finished): folders of passes
    /// whose process is gone, and loose files earlier versions left at the top of <c>staging/</c>. A pass
    /// still running keeps its folder.
    /// </summary>
    public void ClearSnapshots()
    {
        if (!Directory.Exists(Staging))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(Staging))
        {
            File.Delete(leftover);
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var folder in new DirectoryInfo(Staging).EnumerateDirectories())
        {
            if (folder.Name != _passFolder && PassStaging.IsStale(folder, now))
            {
                DeleteQuietly(folder);
            }
        }
    }

    /// <summary>Removes this pass's staging folder at the end of the pass (whatever a failed file left in it).</summary>
    public void ReleasePassStaging()
    {
        if (Directory.Exists(PassStagingFolder))
        {
            DeleteQuietly(new DirectoryInfo(PassStagingFolder));
        }
    }

    private static void DeleteQuietly(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Another pass cleared it first.
        }
    }
}

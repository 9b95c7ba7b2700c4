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
    /// Where a file's snapshot is read from before it is archived: <c>staging/</c> beside the archive (one
    /// file system, so archiving it is a rename), under the name it will be stored with.
    /// </summary>
    public string SnapshotPath(string storedPath) => Path.Combine(Root, "staging", Path.GetFileName(storedPath));

    /// <summary>Removes snapshots a killed pass left behind; call once their pending moves are finished.</summary>
    public void ClearSnapshots()
    {
        var staging = Path.Combine(Root, "staging");
        if (Directory.Exists(staging))
        {
            foreach (var leftover in Directory.EnumerateFiles(staging))
            {
                File.Delete(leftover);
            }
        }
    }
}

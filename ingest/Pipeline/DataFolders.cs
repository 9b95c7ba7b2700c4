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
}

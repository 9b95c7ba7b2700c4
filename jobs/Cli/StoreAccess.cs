using Microsoft.Data.Sqlite;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// Opens the store of a data folder, or says why it cannot be opened. SQLite writes its journal beside the
/// database, so even reading needs a writable data folder.
/// </summary>
public static class StoreAccess
{
    /// <summary>The store of a data folder that must already hold one (status, rerun).</summary>
    public static SqliteIngestStore OpenExisting(string? dataFolder)
    {
        var folder = FolderCheck.NotAFile(dataFolder, FolderRole.Data);
        var database = Path.Combine(folder, SqliteIngestStore.FileName);
        if (!File.Exists(database))
        {
            throw CommandException.CannotStart(
                $"这里还没有数据：{database}",
                $"no store here yet: {database}",
                $"请先运行 satisfaction run --data {dataFolder}，或用 --data 指向已有的数据目录 / run `satisfaction run --data {dataFolder}` first, or point --data at an existing data folder");
        }

        FolderCheck.Writable(folder, FolderRole.Data, create: false);
        return Open(folder);
    }

    /// <summary>The store of a writable data folder, created there if it has none yet (run).</summary>
    public static SqliteIngestStore Open(string dataFolder)
    {
        SqliteIngestStore? store = null;
        try
        {
            store = SqliteIngestStore.InDataFolder(dataFolder);
            store.Migrate();
            return store;
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            store?.Dispose();
            throw CommandException.CannotStart(
                $"数据库无法打开：{e.Message}",
                $"the store cannot be opened: {e.Message}",
                $"请检查 {Path.Combine(dataFolder, SqliteIngestStore.FileName)} 是本程序的数据库且可读写 / check that the file is this program's store and may be read and written");
        }
    }
}

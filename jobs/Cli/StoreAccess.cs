using System.Data.Common;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// Opens the store the settings choose (through <see cref="StoreFactory"/>, the one registration point), or
/// says why it cannot be opened: exit 2, with where the store is and what to fix. SQLite writes its journal
/// beside the database, so even reading needs a writable data folder.
/// </summary>
public static class StoreAccess
{
    /// <summary>The store of a data folder that must already hold one (status, rerun).</summary>
    public static IIngestStore OpenExisting(ProductSettings settings, string? dataFolder)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = FolderCheck.NotAFile(dataFolder, FolderRole.Data);
        var store = Checked(settings, folder);
        if (!Exists(store))
        {
            throw CommandException.CannotStart(
                $"这里还没有数据：{store.Describe()}",
                $"no store here yet: {store.Describe()}",
                $"请先运行 satisfaction run --data {dataFolder}，或用 --data / --store / --connection 指向已有的存储 / run `satisfaction run --data {dataFolder}` first, or point --data (or --store and --connection) at an existing store");
        }

        if (store.Kind == StoreKind.Sqlite)
        {
            FolderCheck.Writable(folder, FolderRole.Data, create: false);
        }

        return Open(store);
    }

    /// <summary>The store of a writable data folder, created there if it has none yet (run, serve).</summary>
    public static IIngestStore Open(ProductSettings settings, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Open(Checked(settings, dataFolder));
    }

    /// <summary>Opens and upgrades the store; every reason it cannot be opened is exit 2 with what to fix.</summary>
    public static IIngestStore Open(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IIngestStore? store = null;
        try
        {
            store = StoreFactory.Open(settings);
            store.Migrate();
            return store;
        }
        catch (StoreUnavailableException e)
        {
            store?.Dispose();
            throw CommandException.CannotStart($"无法连接数据库：{e.Message}", $"the store cannot be opened: {e.Message}", "请检查 / " + e.Fix);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or StoreException)
        {
            store?.Dispose();
            throw CommandException.CannotStart(
                $"数据库无法打开：{e.Message}",
                $"the store cannot be opened: {e.Message}",
                $"请检查 {settings.Describe()} 是本程序的存储且可读写 / check that {settings.Describe()} is this program's store and may be read and written");
        }
    }

    private static StoreSettings Checked(ProductSettings settings, string dataFolder)
    {
        if (settings.ValidateStore() is { Count: > 0 } problems)
        {
            throw CommandException.CannotStart(
                "设置无效：" + string.Join("；", problems),
                "invalid settings: " + string.Join("; ", problems),
                "请检查 --store / --connection、appsettings.json 和 SATISFACTION_Store / SATISFACTION_Connection / check --store and --connection, appsettings.json and SATISFACTION_Store / SATISFACTION_Connection");
        }

        return settings.StoreFor(dataFolder);
    }

    private static bool Exists(StoreSettings store)
    {
        try
        {
            return StoreFactory.Exists(store);
        }
        catch (StoreUnavailableException e)
        {
            throw CommandException.CannotStart($"无法连接数据库：{e.Message}", $"the store cannot be opened: {e.Message}", "请检查 / " + e.Fix);
        }
    }
}

namespace Satisfaction.Jobs.Delivery;

/// <summary>Opens the delivery record of a data folder (the SQLite store's file; the PostgreSQL store's database once it is chosen there).</summary>
public static class DeliveryLogs
{
    public static IDeliveryLog Open(string dataFolder) => SqliteDeliveryLog.InDataFolder(dataFolder);
}

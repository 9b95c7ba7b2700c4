namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// The durable record of every delivery attempt. The SQLite one lives in the store's database file; a
/// PostgreSQL one keeps the same table beside the PostgreSQL store.
/// </summary>
public interface IDeliveryLog : IDisposable
{
    void Record(DeliveryAttempt attempt);

    /// <summary>Whether this office already received a workbook of this name and content through this channel.</summary>
    bool AlreadyDelivered(string office, DeliveryChannel channel, string workbookName, string contentHash);

    /// <summary>The newest attempts first.</summary>
    IReadOnlyList<DeliveryAttempt> Recent(int take);

    /// <summary>Counts of every attempt recorded, by outcome.</summary>
    (int Delivered, int Failed) Totals();
}

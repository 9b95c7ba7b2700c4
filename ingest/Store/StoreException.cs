namespace Satisfaction.Ingest.Store;

/// <summary>
/// The store failed (connection lost, disk full, a constraint broken), whichever store it is. A pass stops
/// on it with exit 1 and never quarantines the vendor file it was loading: the file stays in the inbox and
/// the next pass takes it again.
/// </summary>
public class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True for a failure of the store rather than of the program: this type, and what the database drivers
    /// throw (both Microsoft.Data.Sqlite and Npgsql derive from <see cref="System.Data.Common.DbException"/>).
    /// </summary>
    public static bool IsStoreFailure(Exception failure) =>
        failure is StoreException or System.Data.Common.DbException
        || failure.InnerException is StoreException or System.Data.Common.DbException;
}

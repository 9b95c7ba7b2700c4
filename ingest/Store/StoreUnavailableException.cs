namespace Satisfaction.Ingest.Store;

/// <summary>
/// The store cannot be reached or opened at all (PostgreSQL unreachable, a wrong password, a missing database):
/// the command could not start. <see cref="Exception.Message"/> names where (host:port), what the server said;
/// <see cref="Fix"/> says what to change.
/// </summary>
public sealed class StoreUnavailableException : StoreException
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreUnavailableException(string message, string fix, Exception? innerException)
        : base(message, innerException!)
    {
        Fix = fix;
    }

    /// <summary>What to change, for the person at the terminal.</summary>
    public string Fix { get; } = string.Empty;
}

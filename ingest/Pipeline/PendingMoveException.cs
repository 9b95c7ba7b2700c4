using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>A file was committed to the ledger but could not leave the inbox; the next pass moves it.</summary>
public sealed class PendingMoveException : IOException
{
    public PendingMoveException(LedgerEntry entry, Exception inner)
        : base($"'{entry?.Name}' is loaded but could not be moved to {entry?.StoredPath}: {inner?.Message}. The next pass moves it.", inner)
    {
        Entry = entry;
    }

    public PendingMoveException()
    {
    }

    public PendingMoveException(string message)
        : base(message)
    {
    }

    public PendingMoveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LedgerEntry? Entry { get; }
}

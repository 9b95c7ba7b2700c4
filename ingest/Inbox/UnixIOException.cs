using System.Runtime.InteropServices;

namespace Satisfaction.Ingest.Inbox;

/// <summary>A failed system call on an inbox entry, with its errno so that callers can tell the cases apart.</summary>
public sealed class UnixIOException : IOException
{
    public UnixIOException(int errno, string operation, string path)
        : base($"{operation} '{path}': {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})")
    {
        Errno = errno;
    }

    public UnixIOException()
    {
    }

    public UnixIOException(string message)
        : base(message)
    {
    }

    public UnixIOException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Errno { get; }
}

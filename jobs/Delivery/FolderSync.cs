using System.Runtime.InteropServices;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// Flushes a folder's entries to disk (fsync on the folder), so that a rename into it survives a power cut:
/// .NET flushes files but has no call for a folder.
/// </summary>
internal static partial class FolderSync
{
    private const int ReadOnly = 0;
    private const int Directory = 0x10000;

    public static void Flush(string folder)
    {
        var descriptor = Open(folder, ReadOnly | Directory);
        if (descriptor < 0)
        {
            return; // not a local folder we may open (some network file systems): the rename stands, unflushed
        }

        try
        {
            _ = Sync(descriptor);
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Sync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}

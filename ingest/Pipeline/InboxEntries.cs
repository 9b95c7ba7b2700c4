using Satisfaction.Ingest.Inbox;

namespace Satisfaction.Ingest.Pipeline;

// What leaves the inbox, by the entry's own name (its bytes), never through a link.
internal static class InboxEntries
{
    /// <summary>Removes the entry if it is still as it was seen; a file rewritten since stays for a later pass.</summary>
    public static bool RemoveIfUnchanged(InboxFile file)
    {
        var path = file.NativePath();
        return UnixFiles.Status(path) is { } now && now.Type == file.Type && now.Size == file.Size && now.ModifiedUtc == file.ModifiedUtc
            && UnixFiles.Unlink(path);
    }

    /// <summary>
    /// Moves the entry itself to <paramref name="target"/>: a link stays a link, a pipe a pipe. Across file
    /// systems a regular file is copied (safely) and removed, a link is made again with the same target, and
    /// a pipe, socket or device — which hold no data — is only removed.
    /// </summary>
    public static void MoveAside(InboxFile file, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var from = file.NativePath();
        try
        {
            UnixFiles.Rename(from, UnixFiles.Native(target));
            return;
        }
        catch (UnixIOException e) when (e.Errno == UnixFiles.NoSuchEntry)
        {
            // Gone already (taken away by its owner): nothing is left to move.
            return;
        }
        catch (UnixIOException e) when (e.Errno == UnixFiles.CrossDevice)
        {
            // The inbox is on another file system than the data folder.
        }

        switch (file.Type)
        {
            case NodeType.Regular when InboxSnapshot.Take(file, target).Sha256 is null:
                throw new IOException($"'{file.Path}' changed while it was being moved to {target}; the next pass moves it.");
            case NodeType.SymbolicLink:
                File.Delete(target); // a link a killed pass made already
                File.CreateSymbolicLink(target, UnixFiles.ReadLink(from));
                break;
        }

        UnixFiles.Unlink(from);
    }
}

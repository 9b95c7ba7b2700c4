using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;
using Satisfaction.Ingest.Inbox;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// A stable inbox file copied into the data folder and hashed in the same read, so that the hash in the
/// ledger, the rows loaded and the archived file are one and the same content, whatever the vendor's
/// writer does afterwards. The file is opened without following a link and without waiting on a pipe;
/// if it is not the regular file seen by the stable look, or it changes while being copied (a writer that
/// paused longer than the stable window and resumed), the copy is dropped and the file is left for a
/// later pass. The copy is flushed to disk before it is used: once archived, the inbox original goes.
/// </summary>
internal static class InboxSnapshot
{
    private const int BufferSize = 1 << 20;

    public static SnapshotResult Take(InboxFile file, string target)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = file.NativePath();
        if (Open(path) is not { } handle)
        {
            return SnapshotResult.Left(file);
        }

        using (handle)
        {
            var before = UnixFiles.Status(handle);
            if (!Unchanged(file, before))
            {
                return SnapshotResult.Left(file);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = new FileStream(handle, FileAccess.Read, 0);
            string sha256;
            long copied;
            try
            {
                using var copy = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 0);
                (sha256, copied) = CopyHashing(source, copy);
                copy.Flush(flushToDisk: true);
            }
            catch
            {
                // A partial copy must never pass for the file (a failure is quarantined with its snapshot).
                File.Delete(target);
                throw;
            }

            var after = UnixFiles.Status(handle);
            if (copied != before.Size || !Unchanged(file, after) || UnixFiles.Status(path) is not { } named || !named.SameFileAs(before))
            {
                File.Delete(target);
                return SnapshotResult.Left(file);
            }

            return SnapshotResult.Taken(sha256);
        }
    }

    /// <summary>
    /// The SHA-256 of a regular inbox file read safely (no link followed, no pipe waited on); null when it is
    /// not that file any more or cannot be read.
    /// </summary>
    public static string? Sha256Of(InboxFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        SafeFileHandle? handle;
        try
        {
            handle = Open(file.NativePath());
        }
        catch (UnixIOException)
        {
            return null;
        }

        using var opened = handle;
        if (handle is null || !Unchanged(file, UnixFiles.Status(handle)))
        {
            return null;
        }

        using var source = new FileStream(handle, FileAccess.Read, 0);
        return CopyHashing(source, null).Sha256;
    }

    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        return CopyHashing(stream, null).Sha256;
    }

    private static SafeFileHandle? Open(byte[] path)
    {
        try
        {
            return UnixFiles.OpenNoFollow(path);
        }
        catch (UnixIOException e) when (e.Errno is UnixFiles.NoSuchEntry or UnixFiles.TooManyLinks)
        {
            // Gone, or swapped for a link since the look: the next look tells what it is now.
            return null;
        }
    }

    private static bool Unchanged(InboxFile file, NodeStatus now) =>
        now.Type == NodeType.Regular && now.Size == file.Size && now.ModifiedUtc == file.ModifiedUtc;

    private static (string Sha256, long Bytes) CopyHashing(Stream source, Stream? copy)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = source.Read(buffer, 0, BufferSize)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                copy?.Write(buffer, 0, read);
                total += read;
            }

            return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

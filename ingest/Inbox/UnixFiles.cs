using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Satisfaction.Ingest.Inbox;

/// <summary>
/// The few Linux system calls the inbox needs and .NET does not offer: a listing that keeps each name's
/// bytes (.NET turns a name that is not UTF-8 into U+FFFD, and the path then opens nothing), the type of an
/// entry without following a link (<c>statx</c>, whose layout is the same on every Linux architecture),
/// and an open that refuses a link and never waits on a pipe (<c>O_NOFOLLOW | O_NONBLOCK</c>).
/// Paths are NUL-terminated bytes.
/// </summary>
internal static partial class UnixFiles
{
    public const int NoSuchEntry = 2;
    public const int CrossDevice = 18;
    public const int TooManyLinks = 40;

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7FF;
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;
    private const int DirentTypeOffset = 18;
    private const int DirentNameOffset = 19;

    // O_NOFOLLOW is one of the flags whose value differs between architectures.
    private static int OpenNoFollowFlag => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    /// <summary>The names in a folder as bytes, without "." and "..".</summary>
    public static List<byte[]> ListNames(string directory)
    {
        EnsureLinux();
        var folder = OpenDirectory(Native(directory));
        if (folder == IntPtr.Zero)
        {
            throw new UnixIOException(Marshal.GetLastPInvokeError(), "opendir", directory);
        }

        try
        {
            var names = new List<byte[]>();
            while (true)
            {
                var entry = ReadDirectory(folder);
                if (entry == IntPtr.Zero)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    return errno == 0 ? names : throw new UnixIOException(errno, "readdir", directory);
                }

                var name = NameOf(entry);
                if (name is not ([(byte)'.'] or [(byte)'.', (byte)'.']))
                {
                    names.Add(name);
                }
            }
        }
        finally
        {
            _ = CloseDirectory(folder);
        }
    }

    /// <summary>The entry itself (a link is not followed); null when nothing has that name.</summary>
    public static NodeStatus? Status(byte[] path)
    {
        EnsureLinux();
        if (StatX(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxBasicStats, out var buffer) == 0)
        {
            return buffer.ToStatus();
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == NoSuchEntry ? null : throw new UnixIOException(errno, "statx", Show(path));
    }

    public static NodeStatus Status(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return StatX((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxBasicStats, out var buffer) == 0
                ? buffer.ToStatus()
                : throw new UnixIOException(Marshal.GetLastPInvokeError(), "fstatx", "(open file)");
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Opens for reading without following a link (errno ELOOP) and without waiting on a pipe.</summary>
    public static SafeFileHandle OpenNoFollow(byte[] path)
    {
        EnsureLinux();
        var fd = OpenFile(path, OpenReadOnly | OpenNoFollowFlag | OpenNonBlocking | OpenCloseOnExec, 0);
        return fd >= 0 ? new SafeFileHandle(fd, ownsHandle: true) : throw new UnixIOException(Marshal.GetLastPInvokeError(), "open", Show(path));
    }

    public static void Rename(byte[] from, byte[] to)
    {
        EnsureLinux();
        if (RenameFile(from, to) != 0)
        {
            throw new UnixIOException(Marshal.GetLastPInvokeError(), "rename", Show(from));
        }
    }

    /// <summary>Removes the name (a link itself, not its target); false when it was gone already.</summary>
    public static bool Unlink(byte[] path)
    {
        EnsureLinux();
        if (UnlinkFile(path) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == NoSuchEntry ? false : throw new UnixIOException(errno, "unlink", Show(path));
    }

    /// <summary>Where a link points, as written in the link (never resolved).</summary>
    public static string ReadLink(byte[] path)
    {
        EnsureLinux();
        var target = new byte[4096];
        var length = ReadLinkTarget(path, target, target.Length);
        return length >= 0
            ? Encoding.UTF8.GetString(target, 0, (int)length)
            : throw new UnixIOException(Marshal.GetLastPInvokeError(), "readlink", Show(path));
    }

    /// <summary>A path as the NUL-terminated UTF-8 bytes the system calls take.</summary>
    public static byte[] Native(string path) => Native(Encoding.UTF8.GetBytes(path));

    public static byte[] Native(ReadOnlySpan<byte> path)
    {
        var native = new byte[path.Length + 1];
        path.CopyTo(native);
        return native;
    }

    /// <summary>A folder's path and a name's bytes joined into a native path.</summary>
    public static byte[] Native(string folder, byte[] name)
    {
        var start = Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(folder) + "/");
        return Native([.. start, .. name]);
    }

    private static byte[] NameOf(IntPtr entry)
    {
        var length = 0;
        while (Marshal.ReadByte(entry, DirentNameOffset + length) != 0)
        {
            length++;
        }

        var name = new byte[length];
        Marshal.Copy(entry + DirentNameOffset, name, 0, length);
        return name;
    }

    private static string Show(byte[] path) => Encoding.UTF8.GetString(path).TrimEnd('\0');

    private static void EnsureLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The inbox is read with Linux system calls; this product runs on Linux.");
        }
    }

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static partial IntPtr OpenDirectory(byte[] path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial IntPtr ReadDirectory(IntPtr folder);

    [LibraryImport("libc", EntryPoint = "closedir", SetLastError = true)]
    private static partial int CloseDirectory(IntPtr folder);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int StatX(int directory, byte[] path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int OpenFile(byte[] path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static partial int RenameFile(byte[] from, byte[] to);

    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true)]
    private static partial int UnlinkFile(byte[] path);

    [LibraryImport("libc", EntryPoint = "readlink", SetLastError = true)]
    private static partial nint ReadLinkTarget(byte[] path, byte[] buffer, nint size);

    // struct statx (linux/stat.h): 256 bytes, the same layout on every architecture.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long ModifiedSeconds;

        [FieldOffset(120)]
        public uint ModifiedNanoseconds;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;

        public readonly NodeStatus ToStatus() => new(
            TypeOf(Mode),
            (long)Size,
            DateTimeOffset.UnixEpoch.AddTicks((ModifiedSeconds * TimeSpan.TicksPerSecond) + (ModifiedNanoseconds / 100)),
            ((ulong)DeviceMajor << 32) | DeviceMinor,
            Inode);

        private static NodeType TypeOf(ushort mode) => (mode & 0xF000) switch
        {
            0x8000 => NodeType.Regular,
            0x4000 => NodeType.Directory,
            0xA000 => NodeType.SymbolicLink,
            0x1000 => NodeType.Fifo,
            0xC000 => NodeType.Socket,
            0x2000 => NodeType.CharacterDevice,
            0x6000 => NodeType.BlockDevice,
            _ => NodeType.Unknown,
        };
    }
}

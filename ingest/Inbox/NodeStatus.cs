namespace Satisfaction.Ingest.Inbox;

/// <summary>
/// A file system entry's type, size and modification time, and its device and inode: the identity that
/// tells whether a name still names the file that was opened.
/// </summary>
internal readonly record struct NodeStatus(NodeType Type, long Size, DateTimeOffset ModifiedUtc, ulong Device, ulong Inode)
{
    public bool SameFileAs(NodeStatus other) => Device == other.Device && Inode == other.Inode;
}

using Satisfaction.Ingest.Inbox;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// An entry seen in the inbox, with the type, size and modification time it had when seen (of the entry
/// itself: a link's own, never its target's).
/// </summary>
public sealed record InboxFile(string Path, string Name, long Size, DateTimeOffset ModifiedUtc)
{
    public NodeType Type { get; init; } = NodeType.Regular;

    /// <summary>The encoding the name's bytes were decoded from when they were not UTF-8 (GB18030 from Chinese Windows); null for UTF-8.</summary>
    public string? NameEncoding { get; init; }

    /// <summary>The path as the system calls take it: the name's own bytes.</summary>
    internal byte[] NativePath() =>
        UnixFiles.Native(System.IO.Path.GetDirectoryName(Path)!, FileNameDecoding.Encode(Name, NameEncoding));
}

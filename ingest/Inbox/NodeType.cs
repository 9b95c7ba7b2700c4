namespace Satisfaction.Ingest.Inbox;

/// <summary>What an inbox entry is, as <c>lstat</c> tells it: a link is reported as a link, never followed.</summary>
public enum NodeType
{
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Unknown,
}

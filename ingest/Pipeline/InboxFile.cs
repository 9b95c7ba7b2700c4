namespace Satisfaction.Ingest.Pipeline;

/// <summary>A file seen in the inbox, with the size and modification time it had when seen.</summary>
public sealed record InboxFile(string Path, string Name, long Size, DateTimeOffset ModifiedUtc);

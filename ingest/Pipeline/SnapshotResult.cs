namespace Satisfaction.Ingest.Pipeline;

/// <summary>A snapshot taken (with the content's SHA-256), or the file left for a later pass.</summary>
internal sealed record SnapshotResult(string? Sha256, InboxFile? LeftFile)
{
    public static SnapshotResult Taken(string sha256) => new(sha256, null);

    public static SnapshotResult Left(InboxFile file) => new(null, file);
}

using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Store;

/// <summary>A row of an earlier file replaced by a later file's row with the same id (DATA-CONTRACT.md 2.6).</summary>
public sealed record Replacement(
    FileKind Kind,
    string RecordId,
    long OldFileId,
    int OldRow,
    long NewFileId,
    int NewRow,
    DateTimeOffset ReplacedUtc);

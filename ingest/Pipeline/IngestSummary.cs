using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>One pass over the inbox: what each file became, what was recovered, and what is still arriving.</summary>
public sealed record IngestSummary(
    IReadOnlyList<LedgerEntry> Files,
    int RecoveredMoves,
    IReadOnlyList<InboxFile> StillChanging,
    TimeSpan Elapsed)
{
    public int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    public int RowsLoaded => Files.Sum(f => f.RowsLoaded);

    public int RowsRejected => Files.Sum(f => f.RowsRejected);
}

using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Input;

/// <summary>A loaded survey response with its outlet resolved against the master: answers as read, by question code.</summary>
public sealed record ResponseRecord(
    string RespondentId,
    Outlet Outlet,
    DateOnly Date,
    IReadOnlyDictionary<string, Answer> Answers)
{
    /// <summary>The ledger id of the file the row came from (for 方法说明's list of input files).</summary>
    public long FileId { get; init; }
}

using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Input;

/// <summary>A loaded mystery-shop visit with its outlet resolved against the master: answers as read, by item code.</summary>
public sealed record VisitRecord(
    string VisitId,
    Outlet Outlet,
    DateOnly Date,
    string? ShopperId,
    string? Comment,
    IReadOnlyDictionary<string, Answer> Answers)
{
    /// <summary>The ledger id of the file the row came from (for 方法说明's list of input files).</summary>
    public long FileId { get; init; }
}

using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Analysis.Input;

/// <summary>
/// A stored answer the scheme in force no longer allows (a points item's max lowered below it, a scale
/// narrowed, an item's type changed): its row is left out of scoring and listed, with the rule it breaks.
/// </summary>
public sealed record DisallowedAnswer(FileKind Kind, string RecordId, Outlet Outlet, DateOnly Date, string Code, string Value, string Rule)
{
    /// <summary>The ledger id of the file the row came from.</summary>
    public long FileId { get; init; }
}

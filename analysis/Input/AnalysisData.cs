using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Analysis.Input;

/// <summary>
/// Everything the scoring works from: the scheme in force, the outlet master, the current (not replaced)
/// visits and responses with their outlets resolved, and the ledger. Scoring never reads a vendor file:
/// a changed scheme rescores from here.
/// </summary>
public sealed record AnalysisData(
    ScoringScheme Scheme,
    OutletMaster Outlets,
    IReadOnlyList<VisitRecord> Visits,
    IReadOnlyList<ResponseRecord> Responses,
    IReadOnlyList<LedgerEntry> Ledger,
    IReadOnlyList<string> OutletsNotInMaster)
{
    /// <summary>Stored answers the scheme in force does not allow; their rows are not among the visits and responses.</summary>
    public IReadOnlyList<DisallowedAnswer> Disallowed { get; init; } = [];
}

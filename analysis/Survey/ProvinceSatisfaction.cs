using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// A province's satisfaction for one period: its summary, SatisfactionByCity rows, and SatisfactionByOutlet
/// rows for each city (keyed by city name). Rows are in rank order; unranked rows follow, by name or code.
/// </summary>
public sealed record ProvinceSatisfaction(
    SatisfactionSummary Province,
    IReadOnlyList<SatisfactionRow> Cities,
    IReadOnlyDictionary<string, IReadOnlyList<SatisfactionRow>> OutletsByCity);

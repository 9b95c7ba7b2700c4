namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// A city (<see cref="City"/> set) or a province (<see cref="City"/> null) over one period (SCORING.md 1.5),
/// with the scheme's aggregation: <c>outlet</c> = mean of its outlets' scores (each outlet once), <c>visit</c> =
/// mean of all its visit scores; dimensions follow the same rule, skipping outlets or visits where the
/// dimension is N/A (null where it is N/A everywhere).
/// <see cref="OutletScores"/> is the sample for the change test in both modes (REPORTS.md: outlet scores).
/// <see cref="Outlets"/> and <see cref="Visits"/> are those of the scope: outlets by code, visits by date then id.
/// </summary>
public sealed record AreaAggregate(
    string Province,
    string? City,
    double Score,
    IReadOnlyList<double?> Dimensions,
    IReadOnlyList<OutletAggregate> Outlets,
    IReadOnlyList<VisitScore> Visits,
    int VetoedVisits,
    IReadOnlyList<ItemStat> Items)
{
    /// <summary>The city's name, or the province's.</summary>
    public string Name => City ?? Province;

    /// <summary>The outlets' scores, in the order of <see cref="Outlets"/>.</summary>
    public IReadOnlyList<double> OutletScores => [.. Outlets.Select(o => o.Score)];
}

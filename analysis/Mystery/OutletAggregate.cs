using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// An outlet over one period (SCORING.md 1.5): score = mean of its visits' scores; each dimension = mean over
/// the visits where it applies (null where it never does). <see cref="InsufficientSample"/> (样本不足) when it
/// has fewer than the scheme's minVisits visits; such an outlet is listed but not ranked.
/// </summary>
public sealed record OutletAggregate(
    Outlet Outlet,
    double Score,
    IReadOnlyList<double?> Dimensions,
    int Visits,
    int VetoedVisits,
    string Grade,
    bool InsufficientSample);

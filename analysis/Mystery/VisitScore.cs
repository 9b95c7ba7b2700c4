using Satisfaction.Analysis.Input;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// A scored visit (SCORING.md 1.3–1.4). <see cref="Score"/> is after the veto, <see cref="RawScore"/> before it;
/// <see cref="Dimensions"/> follow the scheme's dimension order (null where the dimension is N/A) and are
/// never changed by a veto. <see cref="FailedVetoItems"/> are veto item codes in scheme order.
/// </summary>
public sealed record VisitScore(
    VisitRecord Visit,
    double Score,
    double RawScore,
    IReadOnlyList<double?> Dimensions,
    IReadOnlyList<string> FailedVetoItems)
{
    public bool Vetoed => FailedVetoItems.Count > 0;
}

using Satisfaction.Analysis.Input;

namespace Satisfaction.Analysis.Reporting;

/// <summary>
/// Data-quality flags for analysts: straight-lining and outlying shoppers are listed for a look, never
/// used to drop data; rows whose outlet left the master or whose answers the scheme in force no longer
/// allows are listed because they are left out.
/// </summary>
public sealed record QualityFlags(
    IReadOnlyList<StraightLinerRow> StraightLiners,
    IReadOnlyList<ShopperOutlierRow> ShopperOutliers,
    IReadOnlyList<string> OutletsNotInMaster)
{
    /// <summary>The period's stored answers in this province that the scheme in force does not allow; their rows are left out.</summary>
    public IReadOnlyList<DisallowedAnswer> DisallowedAnswers { get; init; } = [];
}

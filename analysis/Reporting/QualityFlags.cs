namespace Satisfaction.Analysis.Reporting;

/// <summary>Data-quality flags for analysts: listed for a look, never used to drop data.</summary>
public sealed record QualityFlags(
    IReadOnlyList<StraightLinerRow> StraightLiners,
    IReadOnlyList<ShopperOutlierRow> ShopperOutliers,
    IReadOnlyList<string> OutletsNotInMaster);

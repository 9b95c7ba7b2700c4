using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Mystery;

/// <summary>DimensionComparison of a city workbook: one row per dimension in scheme order, 差值 = city − province.</summary>
public static class DimensionComparisons
{
    public static IReadOnlyList<DimensionComparisonRow> Build(MysteryPeriodResult current, string province, string city)
    {
        ArgumentNullException.ThrowIfNull(current);
        var c = current.City(province, city)?.Dimensions;
        var p = current.Province(province)?.Dimensions;
        return [.. current.Scheme.Dimensions.Select((d, i) =>
        {
            var (mine, whole) = (c?[i], p?[i]);
            return new DimensionComparisonRow(d.Name, mine, whole, mine - whole);
        })];
    }
}

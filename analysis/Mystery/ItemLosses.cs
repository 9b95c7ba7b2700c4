using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// ItemLoss rows of a province (<c>city</c> null) or city, every scheme item in scheme order (SCORING.md 1.6).
/// 维度 is the dimension's name (null for veto items). An item that never applied is listed with
/// 适用次数 0, no 失分率, and 不合格率 0 (the row's rate is not nullable; nothing failed).
/// </summary>
public static class ItemLosses
{
    public static IReadOnlyList<ItemLossRow> Build(MysteryPeriodResult current, string province, string? city = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var names = current.Scheme.Dimensions.ToDictionary(d => d.Key, d => d.Name, StringComparer.OrdinalIgnoreCase);
        var stats = current.Area(province, city)?.Items;
        return [.. current.Scheme.Items.Select((item, i) =>
        {
            var stat = stats?[i] ?? new ItemStat(item, 0, 0, 0, 0);
            return new ItemLossRow(
                item.Code,
                item.Text,
                item.DimensionKey is { } key ? names.GetValueOrDefault(key, key) : null,
                stat.Applicable,
                stat.LossRate,
                stat.FailRate ?? 0);
        })];
    }
}

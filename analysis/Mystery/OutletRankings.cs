using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// OutletRanking rows: the outlets with a visit in the period, 省排名 among the province's outlets or
/// 市排名 among the city's, counting only outlets with at least minVisits visits (the others are listed
/// with 样本不足 and no rank). Ranked rows come first by rank, then the unranked by score; ties by code.
/// </summary>
public static class OutletRankings
{
    public static IReadOnlyList<OutletRankingRow> ForProvince(MysteryPeriodResult current, MysteryPeriodResult previous, string province)
    {
        ArgumentNullException.ThrowIfNull(current);
        return Build(current.Province(province)?.Outlets ?? [], previous);
    }

    public static IReadOnlyList<OutletRankingRow> ForCity(MysteryPeriodResult current, MysteryPeriodResult previous, string province, string city)
    {
        ArgumentNullException.ThrowIfNull(current);
        return Build(current.City(province, city)?.Outlets ?? [], previous);
    }

    private static OutletRankingRow[] Build(IReadOnlyList<OutletAggregate> outlets, MysteryPeriodResult previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var ranks = Ranking.Competition([.. outlets.Select(o => o.Score)], [.. outlets.Select(o => !o.InsufficientSample)]);
        var rows = new OutletRankingRow[outlets.Count];
        for (var i = 0; i < outlets.Count; i++)
        {
            var o = outlets[i];
            var before = previous.Outlet(o.Outlet.Code);
            rows[i] = new OutletRankingRow(
                ranks[i],
                o.Outlet.City,
                o.Outlet.Code,
                o.Outlet.Name,
                o.Score,
                o.Dimensions,
                o.Visits,
                o.Grade,
                o.InsufficientSample,
                before?.Score,
                before is null ? null : o.Score - before.Score);
        }

        return [.. rows.OrderBy(r => r.Rank ?? int.MaxValue)
            .ThenByDescending(r => Ranking.Round(r.Score))
            .ThenBy(r => r.OutletCode, StringComparer.Ordinal)];
    }
}

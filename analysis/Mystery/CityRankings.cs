using Satisfaction.Analysis.Reporting;
using Satisfaction.Analysis.Statistics;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// CityRanking rows of a province workbook: every city with a visit, ranked among them (SCORING.md 1.5), with
/// the previous period's score, the change, and Welch's test on the cities' outlet scores of both periods.
/// </summary>
public static class CityRankings
{
    public static IReadOnlyList<CityRankingRow> Build(MysteryPeriodResult current, MysteryPeriodResult previous, string province)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var cities = current.CitiesOf(province).ToArray();
        var ranks = Ranking.Competition([.. cities.Select(c => c.Score)], [.. cities.Select(_ => true)]);
        var rows = new CityRankingRow[cities.Length];
        for (var i = 0; i < cities.Length; i++)
        {
            var city = cities[i];
            var before = previous.City(city.Province, city.City!);
            rows[i] = new CityRankingRow(
                ranks[i],
                city.City!,
                city.Score,
                city.Dimensions,
                city.Outlets.Count,
                city.Visits.Count,
                before?.Score,
                before is null ? null : city.Score - before.Score,
                before is null ? null : WelchTest.Compare(city.OutletScores, before.OutletScores));
        }

        return [.. rows.OrderBy(r => r.Rank).ThenBy(r => r.City, StringComparer.Ordinal)];
    }
}

using Satisfaction.Analysis.Statistics;

namespace Satisfaction.Analysis.Mystery;

/// <summary>Builds the <see cref="MysterySummary"/> of a province or city from this period and the previous one.</summary>
public static class MysterySummaries
{
    public static MysterySummary Build(MysteryPeriodResult current, MysteryPeriodResult previous, string province, string? city = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var area = current.Area(province, city);
        var before = previous.Area(province, city);
        var cities = city is null ? current.CitiesOf(province).Select(c => new Standing(c.Name, null, c.Score)).ToArray() : [];
        var outlets = (area?.Outlets ?? []).Where(o => !o.InsufficientSample)
            .Select(o => new Standing(o.Outlet.Name, o.Outlet.Code, o.Score)).ToArray();
        var changed = area is not null && before is not null;
        return new MysterySummary(
            province,
            city,
            area?.Score,
            area?.Dimensions ?? [.. current.Scheme.Dimensions.Select(_ => (double?)null)],
            area?.Outlets.Count ?? 0,
            area?.Visits.Count ?? 0,
            area?.VetoedVisits ?? 0,
            before?.Score,
            changed ? area!.Score - before!.Score : null,
            changed ? WelchTest.Compare(area!.OutletScores, before!.OutletScores) : null,
            Best(cities),
            Worst(cities),
            Best(outlets),
            Worst(outlets));
    }

    private static Standing? Best(Standing[] standings) => standings
        .OrderByDescending(s => Ranking.Round(s.Score)).ThenBy(s => s.Code ?? s.Name, StringComparer.Ordinal).FirstOrDefault();

    private static Standing? Worst(Standing[] standings) => standings
        .OrderBy(s => Ranking.Round(s.Score)).ThenBy(s => s.Code ?? s.Name, StringComparer.Ordinal).FirstOrDefault();
}

using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Quality;

/// <summary>
/// Do the audits predict what customers feel? Pearson r between outlets' mystery score and satisfaction index,
/// over the outlets having both: the province first, then each city (ordinal order of names). r is null below
/// three such outlets or without variance; <see cref="CorrelationRow.Outlets"/> counts the outlets having both.
/// </summary>
public static class MysterySatisfactionCorrelation
{
    public static IReadOnlyList<CorrelationRow> Of(string province, IEnumerable<OutletPair> outlets)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(outlets);
        var all = outlets.ToList();
        var rows = new List<CorrelationRow> { Row(province, all) };
        rows.AddRange(all
            .GroupBy(o => o.City, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, [.. g])));
        return rows;
    }

    private static CorrelationRow Row(string scope, List<OutletPair> outlets)
    {
        var both = outlets.Where(o => o.MysteryScore.HasValue && o.SatisfactionIndex.HasValue).ToList();
        var r = Statistics.Correlation.Pearson([.. both.Select(o => o.MysteryScore!.Value)], [.. both.Select(o => o.SatisfactionIndex!.Value)]);
        return new CorrelationRow(scope, r, both.Count);
    }
}

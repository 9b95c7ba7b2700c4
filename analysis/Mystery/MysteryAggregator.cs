using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// Scores the visits of one period and aggregates them to outlets, cities (province + city) and provinces
/// (SCORING.md 1.3–1.6) in one pass. Visits are taken in date-then-id order whatever the input order, so the
/// figures do not depend on it. A visit with no applicable dimension is set aside in
/// <see cref="MysteryPeriodResult.Rejected"/> and counts nowhere.
/// </summary>
public static class MysteryAggregator
{
    public static MysteryPeriodResult Aggregate(IEnumerable<VisitRecord> visits, ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(scheme);
        var layout = new ScoringLayout(scheme);
        var scorer = new VisitScorer(layout);
        var ordered = VisitOrder.Sorted(visits);

        var outlets = new Dictionary<string, OutletAccumulator>(StringComparer.Ordinal);
        var cities = new Dictionary<(string Province, string City), AreaAccumulator>();
        var provinces = new Dictionary<string, AreaAccumulator>(StringComparer.Ordinal);
        var scored = new List<VisitScore>(ordered.Length);
        var rejected = new List<VisitRecord>();
        var earned = new double[layout.Items.Length];
        foreach (var visit in ordered)
        {
            layout.ReadEarned(visit, earned);
            if (scorer.Score(visit, earned) is not { } score)
            {
                rejected.Add(visit);
                continue;
            }

            scored.Add(score);
            var outlet = OutletOf(visit, layout, outlets, cities, provinces);
            outlet.Add(score);
            outlet.City.AddVisit(score, earned);
            outlet.Province.AddVisit(score, earned);
        }

        var finished = outlets.Values.ToDictionary(o => o, o => o.Finish(scheme.MinVisits));
        return new MysteryPeriodResult(
            scheme,
            scored,
            rejected,
            [.. finished.Values.OrderBy(o => o.Outlet.Province, StringComparer.Ordinal)
                .ThenBy(o => o.Outlet.City, StringComparer.Ordinal)
                .ThenBy(o => o.Outlet.Code, StringComparer.Ordinal)],
            [.. cities.OrderBy(c => c.Key.Province, StringComparer.Ordinal).ThenBy(c => c.Key.City, StringComparer.Ordinal)
                .Select(c => c.Value.Finish(finished))],
            [.. provinces.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Finish(finished))]);
    }

    private static OutletAccumulator OutletOf(
        VisitRecord visit,
        ScoringLayout layout,
        Dictionary<string, OutletAccumulator> outlets,
        Dictionary<(string, string), AreaAccumulator> cities,
        Dictionary<string, AreaAccumulator> provinces)
    {
        var o = visit.Outlet;
        if (outlets.TryGetValue(o.Code, out var outlet))
        {
            return outlet;
        }

        if (!provinces.TryGetValue(o.Province, out var province))
        {
            provinces[o.Province] = province = new AreaAccumulator(o.Province, null, layout);
        }

        if (!cities.TryGetValue((o.Province, o.City), out var city))
        {
            cities[(o.Province, o.City)] = city = new AreaAccumulator(o.Province, o.City, layout);
        }

        outlets[o.Code] = outlet = new OutletAccumulator(o, city, province, layout.DimensionCount);
        city.AddOutlet(outlet);
        province.AddOutlet(outlet);
        return outlet;
    }
}

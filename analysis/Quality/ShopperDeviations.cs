namespace Satisfaction.Analysis.Quality;

/// <summary>
/// Compares each visit that has a shopper id with the other shoppers' visits at the same outlet in the same
/// period. Visits without a shopper id are left out on both sides: they might be the same shopper's. A visit
/// is comparable when some other shopper visited that outlet in that period.
/// </summary>
public static class ShopperDeviations
{
    public static IReadOnlyList<ShopperDeviation> Of(IEnumerable<ShopperVisit> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var known = visits.Where(v => !string.IsNullOrEmpty(v.ShopperId)).ToList();
        var places = Sums(known, v => (v.OutletCode, v.Period, ""));
        var own = Sums(known, v => (v.OutletCode, v.Period, v.ShopperId!));

        var result = new List<ShopperDeviation>();
        foreach (var shopper in known.GroupBy(v => v.ShopperId!, StringComparer.Ordinal))
        {
            var deviations = 0.0;
            var count = 0;
            var outlets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var visit in shopper)
            {
                var all = places[(visit.OutletCode, visit.Period, "")];
                var mine = own[(visit.OutletCode, visit.Period, shopper.Key)];
                var others = all.Count - mine.Count;
                if (others > 0)
                {
                    deviations += visit.Score - ((all.Sum - mine.Sum) / others);
                    count++;
                    outlets.Add(visit.OutletCode);
                }
            }

            if (count > 0)
            {
                result.Add(new ShopperDeviation(shopper.Key, count, outlets.Count, deviations / count));
            }
        }

        return result;
    }

    private static Dictionary<(string Outlet, string Period, string Shopper), (double Sum, int Count)> Sums(
        List<ShopperVisit> visits, Func<ShopperVisit, (string, string, string)> key)
    {
        var sums = new Dictionary<(string Outlet, string Period, string Shopper), (double Sum, int Count)>();
        foreach (var visit in visits)
        {
            var k = key(visit);
            var (sum, count) = sums.GetValueOrDefault(k);
            sums[k] = (sum + visit.Score, count + 1);
        }

        return sums;
    }
}

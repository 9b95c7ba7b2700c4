using Satisfaction.Analysis.Reporting;
using Satisfaction.Analysis.Statistics;

namespace Satisfaction.Analysis.Quality;

/// <summary>
/// Shoppers who score far from their colleagues. Among shoppers with at least <see cref="MinVisits"/>
/// comparable visits, a shopper is flagged when the mean deviation lies more than <see cref="StandardDeviations"/>
/// sample standard deviations from the mean of those shoppers' mean deviations (needs two or more such
/// shoppers), or when |mean deviation| ≥ <see cref="Points"/> points. Direction follows the sign of the mean
/// deviation: 偏宽 (lenient) at zero or above, 偏严 (strict) below. Largest deviations first.
/// </summary>
public static class ShopperOutliers
{
    public const int MinVisits = 3;
    public const double StandardDeviations = 2;
    public const double Points = 15;
    public const string Lenient = "偏宽";
    public const string Strict = "偏严";

    public static IReadOnlyList<ShopperOutlierRow> Find(IEnumerable<ShopperVisit> visits) => Flag(ShopperDeviations.Of(visits));

    public static IReadOnlyList<ShopperOutlierRow> Flag(IReadOnlyList<ShopperDeviation> shoppers)
    {
        ArgumentNullException.ThrowIfNull(shoppers);
        var enough = shoppers.Where(s => s.Visits >= MinVisits).ToList();
        var (mean, variance) = WelchTest.MeanAndVariance(enough.Select(s => s.MeanDeviation));
        var spread = enough.Count >= 2 ? StandardDeviations * Math.Sqrt(variance) : double.PositiveInfinity;
        return [.. enough
            .Where(s => Math.Abs(s.MeanDeviation - mean) > spread || Math.Abs(s.MeanDeviation) >= Points)
            .OrderByDescending(s => Math.Abs(s.MeanDeviation))
            .ThenBy(s => s.ShopperId, StringComparer.Ordinal)
            .Select(s => new ShopperOutlierRow(s.ShopperId, s.Visits, s.Outlets, s.MeanDeviation, s.MeanDeviation >= 0 ? Lenient : Strict))];
    }
}

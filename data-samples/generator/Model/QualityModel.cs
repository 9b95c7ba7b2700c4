using Satisfaction.Ingest.Outlets;
using Satisfaction.Samples.Options;

namespace Satisfaction.Samples.Model;

/// <summary>
/// The latent service quality behind the data: each city and outlet has a level, flagship stores are a little
/// better, and every outlet drifts from period to period around a slow province-wide improvement.
/// Values are on a logit-like scale around 0 (±1 is a clearly better or worse outlet).
/// </summary>
internal sealed class QualityModel(int seed)
{
    private const double TrendPerQuarter = 0.12;
    private const double TrendOriginQuarter = 2026 * 4;

    private readonly Dictionary<string, double> _cities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _outlets = new(StringComparer.Ordinal);

    public double CityQuality(string city)
    {
        if (!_cities.TryGetValue(city, out var q))
        {
            q = 0.5 * Seeds.For(seed, "city", city).NextGaussian();
            _cities[city] = q;
        }

        return q;
    }

    public double OutletQuality(Outlet outlet, Period period)
    {
        if (!_outlets.TryGetValue(outlet.Code, out var q))
        {
            var level = outlet.Level switch
            {
                "旗舰店" => 0.35,
                "社区店" => -0.25,
                _ => 0.0,
            };
            q = CityQuality(outlet.City) + level + 0.6 * Seeds.For(seed, "outlet", outlet.Code).NextGaussian();
            _outlets[outlet.Code] = q;
        }

        var drift = 0.3 * Seeds.For(seed, "drift", outlet.Code, period.Name).NextGaussian();
        return q + drift + TrendPerQuarter * (period.QuarterOrdinal - TrendOriginQuarter);
    }
}

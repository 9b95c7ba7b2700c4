using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// The mystery-shop figures of one period: scored visits (date then id), outlets (province, city, code),
/// cities (province, city) and provinces, with lookups by outlet code and by name. A previous period
/// without data is <see cref="Empty"/>.
/// </summary>
public sealed class MysteryPeriodResult
{
    private readonly Dictionary<string, OutletAggregate> _outletsByCode;
    private readonly Dictionary<(string Province, string City), AreaAggregate> _citiesByName;
    private readonly Dictionary<string, AreaAggregate> _provincesByName;

    public MysteryPeriodResult(
        ScoringScheme scheme,
        IReadOnlyList<VisitScore> visits,
        IReadOnlyList<VisitRecord> rejected,
        IReadOnlyList<OutletAggregate> outlets,
        IReadOnlyList<AreaAggregate> cities,
        IReadOnlyList<AreaAggregate> provinces)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentNullException.ThrowIfNull(outlets);
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(provinces);
        Scheme = scheme;
        Visits = visits;
        Rejected = rejected;
        Outlets = outlets;
        Cities = cities;
        Provinces = provinces;
        _outletsByCode = outlets.ToDictionary(o => o.Outlet.Code, StringComparer.Ordinal);
        _citiesByName = cities.ToDictionary(c => (c.Province, c.City!));
        _provincesByName = provinces.ToDictionary(p => p.Province, StringComparer.Ordinal);
    }

    public ScoringScheme Scheme { get; }

    public IReadOnlyList<VisitScore> Visits { get; }

    /// <summary>Visits with no applicable dimension (SCORING.md 1.3 rejects them); they count nowhere.</summary>
    public IReadOnlyList<VisitRecord> Rejected { get; }

    public IReadOnlyList<OutletAggregate> Outlets { get; }

    public IReadOnlyList<AreaAggregate> Cities { get; }

    public IReadOnlyList<AreaAggregate> Provinces { get; }

    public static MysteryPeriodResult Empty(ScoringScheme scheme) => new(scheme, [], [], [], [], []);

    public OutletAggregate? Outlet(string code) => _outletsByCode.GetValueOrDefault(code);

    public AreaAggregate? City(string province, string city) => _citiesByName.GetValueOrDefault((province, city));

    public AreaAggregate? Province(string province) => _provincesByName.GetValueOrDefault(province);

    /// <summary>The province, or the city when <paramref name="city"/> is given.</summary>
    public AreaAggregate? Area(string province, string? city) => city is null ? Province(province) : City(province, city);

    /// <summary>The cities of a province, in name order.</summary>
    public IEnumerable<AreaAggregate> CitiesOf(string province) => Cities.Where(c => c.Province == province);
}

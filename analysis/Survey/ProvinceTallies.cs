using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// One pass over a period's respondents, tallied for the province, each city and each outlet. Outlets are
/// told apart by city and code; the outlet objects resolved from the master are usually shared, so a
/// reference lookup answers nearly every respondent without hashing strings.
/// </summary>
internal sealed class ProvinceTallies
{
    private readonly Dictionary<Outlet, OutletTally?> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string City, string Code), OutletTally> _byCode = [];

    public ScopeTally Province { get; } = new();

    public Dictionary<string, CityTally> Cities { get; } = new(StringComparer.Ordinal);

    public static ProvinceTallies Of(string province, IReadOnlyList<RespondentScore> scores, in ScaleCuts cuts)
    {
        var tallies = new ProvinceTallies();
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            var outlet = score.Response.Outlet;
            if (!tallies._byReference.TryGetValue(outlet, out var tally))
            {
                tally = string.Equals(outlet.Province, province, StringComparison.Ordinal) ? tallies.Resolve(outlet) : null;
                tallies._byReference[outlet] = tally;
            }

            if (tally is null)
            {
                continue;
            }

            tallies.Province.Add(score, cuts);
            tally.City.Tally.Add(score, cuts);
            tally.Tally.Add(score, cuts);
        }

        return tallies;
    }

    public OutletTally? Find(string city, string code) => _byCode.GetValueOrDefault((city, code));

    private OutletTally Resolve(Outlet outlet)
    {
        if (_byCode.TryGetValue((outlet.City, outlet.Code), out var known))
        {
            return known;
        }

        if (!Cities.TryGetValue(outlet.City, out var city))
        {
            city = new CityTally(outlet.City);
            Cities.Add(outlet.City, city);
        }

        var tally = new OutletTally(outlet, city);
        city.Outlets.Add(tally);
        _byCode.Add((outlet.City, outlet.Code), tally);
        return tally;
    }
}

internal sealed class CityTally(string name)
{
    public string Name { get; } = name;

    public ScopeTally Tally { get; } = new();

    public List<OutletTally> Outlets { get; } = [];
}

internal sealed class OutletTally(Outlet outlet, CityTally city)
{
    public Outlet Outlet { get; } = outlet;

    public CityTally City { get; } = city;

    public ScopeTally Tally { get; } = new();
}

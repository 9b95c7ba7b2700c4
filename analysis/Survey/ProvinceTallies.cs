using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// A period's respondents tallied for the province, each city and each outlet, in two passes: the first counts
/// by outlet; the second lays the indices out in one array, outlets of a city side by side, so that every scope's
/// indices are a segment of it. Outlets are told apart by city and code; the outlet objects resolved from the
/// master are usually shared, so a reference lookup answers nearly every respondent without hashing strings.
/// </summary>
internal sealed class ProvinceTallies
{
    private readonly Dictionary<Outlet, OutletTally?> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string City, string Code), OutletTally> _byCode = [];

    public ScopeTally Province { get; } = new();

    /// <summary>Cities in the order first seen.</summary>
    public Dictionary<string, CityTally> Cities { get; } = new(StringComparer.Ordinal);

    public static ProvinceTallies Of(string province, IReadOnlyList<RespondentScore> scores, in ScaleCuts cuts)
    {
        var tallies = new ProvinceTallies();
        var owners = new OutletTally?[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            var outlet = score.Response.Outlet;
            if (!tallies._byReference.TryGetValue(outlet, out var tally))
            {
                tally = string.Equals(outlet.Province, province, StringComparison.Ordinal) ? tallies.Resolve(outlet) : null;
                tallies._byReference[outlet] = tally;
            }

            tally?.Tally.Add(score, cuts);
            owners[i] = tally;
        }

        tallies.LayOut(scores, owners);
        return tallies;
    }

    public OutletTally? Find(string city, string code) => _byCode.GetValueOrDefault((city, code));

    private void LayOut(IReadOnlyList<RespondentScore> scores, OutletTally?[] owners)
    {
        var next = 0;
        foreach (var city in Cities.Values)
        {
            var start = next;
            foreach (var outlet in city.Outlets)
            {
                outlet.Next = next;
                next += outlet.Tally.Indexed;
                city.Tally.Add(outlet.Tally);
            }

            city.Start = start;
            Province.Add(city.Tally);
        }

        var indices = new double[next];
        for (var i = 0; i < owners.Length; i++)
        {
            if (owners[i] is { } owner && scores[i].Index is { } index)
            {
                indices[owner.Next++] = index;
            }
        }

        foreach (var city in Cities.Values)
        {
            city.Tally.Indices = new ArraySegment<double>(indices, city.Start, city.Tally.Indexed);
            foreach (var outlet in city.Outlets)
            {
                outlet.Tally.Indices = new ArraySegment<double>(indices, outlet.Next - outlet.Tally.Indexed, outlet.Tally.Indexed);
            }
        }

        Province.Indices = new ArraySegment<double>(indices);
    }

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

        var tally = new OutletTally(outlet);
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

    /// <summary>Where the city's indices start in the shared array.</summary>
    public int Start { get; set; }
}

internal sealed class OutletTally(Outlet outlet)
{
    public Outlet Outlet { get; } = outlet;

    public ScopeTally Tally { get; } = new();

    /// <summary>While laying out, the next free place for this outlet's indices; afterwards the end of its segment.</summary>
    public int Next { get; set; }
}

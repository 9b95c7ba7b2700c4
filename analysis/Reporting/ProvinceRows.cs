using Satisfaction.Analysis.Survey;

namespace Satisfaction.Analysis.Reporting;

/// <summary>
/// A province's rows of one period sorted by city once, for the province's workbook and each city's: which
/// respondents are the city's (by position, in the period's order, so a scope's driver samples keep the order they
/// had) and which input files the city's and the province's rows come from. Thirteen city workbooks each filtering
/// every row of the province were most of what building a city model cost besides its drivers.
/// </summary>
internal sealed class ProvinceRows
{
    private readonly IReadOnlyList<RespondentScore> _respondents;
    private readonly List<int> _inProvince = [];
    private readonly Dictionary<string, List<int>> _byCity = new(StringComparer.Ordinal);
    private readonly HashSet<long> _files = [];
    private readonly Dictionary<string, HashSet<long>> _filesByCity = new(StringComparer.Ordinal);

    public ProvinceRows(PeriodData period, string province)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(province);
        _respondents = period.Respondents;
        for (var i = 0; i < _respondents.Count; i++)
        {
            var outlet = _respondents[i].Response.Outlet;
            if (outlet.Province == province)
            {
                _inProvince.Add(i);
                Of(_byCity, outlet.City).Add(i);
            }
        }

        foreach (var visit in period.Visits.Where(v => v.Outlet.Province == province))
        {
            AddFile(visit.Outlet.City, visit.FileId);
        }

        foreach (var response in period.Responses.Where(r => r.Outlet.Province == province))
        {
            AddFile(response.Outlet.City, response.FileId);
        }
    }

    /// <summary>The respondents of the province, or of one of its cities, in the period's order.</summary>
    public IEnumerable<RespondentScore> Respondents(string? city) =>
        (city is null ? _inProvince : _byCity.GetValueOrDefault(city) ?? []).Select(i => _respondents[i]);

    /// <summary>The ids of the input files with rows of the province, or of one of its cities.</summary>
    public IReadOnlySet<long> Files(string? city) =>
        city is null ? _files : _filesByCity.GetValueOrDefault(city) ?? [];

    private void AddFile(string city, long file)
    {
        _files.Add(file);
        Of(_filesByCity, city).Add(file);
    }

    private static TValue Of<TValue>(Dictionary<string, TValue> map, string key)
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = new TValue();
            map[key] = value;
        }

        return value;
    }
}

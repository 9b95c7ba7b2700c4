using Satisfaction.Analysis.Periods;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Analysis.Input;

/// <summary>
/// Where the stored rows fall — which provinces and cities have rows in which period, which files' rows fall in
/// which province-periods, which outlet codes the master no longer lists — read once without the answers, so that a report
/// pass can load one province-period at a time instead of the whole store. A row whose answers the scheme no
/// longer allows still counts here; the loaded slice decides whether its scope has data to write.
/// </summary>
public sealed class StoredScopes
{
    private readonly SortedDictionary<Period, SortedDictionary<string, SortedSet<string>>> _scopes = [];
    private readonly Dictionary<long, HashSet<(Period Period, string Province)>> _placesOfFiles = [];
    private readonly Dictionary<string, HashSet<string>> _codesOfProvinces = new(StringComparer.Ordinal);

    private StoredScopes(IReadOnlyList<string> outletsNotInMaster, IReadOnlyList<LedgerEntry> ledger)
    {
        OutletsNotInMaster = outletsNotInMaster;
        Ledger = ledger;
    }

    /// <summary>Codes of stored rows the master does not list (their rows are left out), in code order.</summary>
    public IReadOnlyList<string> OutletsNotInMaster { get; }

    /// <summary>The ledger as it was read with the scopes.</summary>
    public IReadOnlyList<LedgerEntry> Ledger { get; }

    /// <summary>The periods with rows, oldest first.</summary>
    public IReadOnlyList<Period> Periods => [.. _scopes.Keys];

    public static StoredScopes Read(IIngestStore store, OutletMaster outlets, PeriodKind kind)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outlets);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var placed = new List<(Outlet Outlet, string Code, DateOnly Date, long File)>();
        foreach (var fileKind in new[] { FileKind.MysteryShop, FileKind.Survey })
        {
            foreach (var row in store.Current(fileKind, new RecordSlice { WithAnswers = false }))
            {
                if (outlets.FindByCode(row.OutletCode) is { } outlet)
                {
                    placed.Add((outlet, row.OutletCode, row.Date, row.FileId));
                }
                else
                {
                    missing.Add(row.OutletCode);
                }
            }
        }

        var scopes = new StoredScopes([.. missing], store.Ledger());
        foreach (var (outlet, code, date, file) in placed)
        {
            if (!scopes._codesOfProvinces.TryGetValue(outlet.Province, out var codes))
            {
                scopes._codesOfProvinces[outlet.Province] = codes = new HashSet<string>(StringComparer.Ordinal);
            }

            codes.Add(code);
            var period = Period.Of(date, kind);
            if (!scopes._scopes.TryGetValue(period, out var provinces))
            {
                scopes._scopes[period] = provinces = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            }

            if (!provinces.TryGetValue(outlet.Province, out var cities))
            {
                provinces[outlet.Province] = cities = new SortedSet<string>(StringComparer.Ordinal);
            }

            cities.Add(outlet.City);
            if (!scopes._placesOfFiles.TryGetValue(file, out var places))
            {
                scopes._placesOfFiles[file] = places = [];
            }

            places.Add((period, outlet.Province));
        }

        return scopes;
    }

    /// <summary>The provinces with rows in the period, in name order.</summary>
    public IReadOnlyList<string> Provinces(Period period) =>
        _scopes.TryGetValue(period, out var provinces) ? [.. provinces.Keys] : [];

    /// <summary>The cities of the province with rows in the period, in name order.</summary>
    public IReadOnlyList<string> Cities(Period period, string province) =>
        _scopes.TryGetValue(period, out var provinces) && provinces.TryGetValue(province, out var cities) ? [.. cities] : [];

    /// <summary>The outlet codes, as stored, of the rows the master places in the province: what its slices select.</summary>
    public IReadOnlyCollection<string> CodesOf(string province) =>
        _codesOfProvinces.TryGetValue(province, out var codes) ? codes : [];

    /// <summary>The province-periods the current rows of these files fall in.</summary>
    public IEnumerable<(Period Period, string Province)> ProvincePeriodsOf(IEnumerable<long> files) =>
        files.SelectMany(f => _placesOfFiles.GetValueOrDefault(f) ?? []).Distinct();
}

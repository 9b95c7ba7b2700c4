using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// The scored periods of one province that one period's workbooks read — the period, its previous period (上期)
/// and the earlier ones its trend shows — loaded from the store as a slice: the province's outlets, those periods'
/// dates. Moving on to a later period loads only the periods not yet held and lets go of those the trend no longer
/// reaches, so a pass holds one province's few periods at a time, however large the store. Of the periods before
/// the one asked for it keeps only what a report reads of them (<see cref="PeriodData.AsPrevious"/>,
/// <see cref="PeriodData.AsTrend"/>): the survey rows' answers of four periods were most of a pass's peak memory.
/// A period held with less than is asked of it (the host's jobs may go back to an earlier period) is loaded again.
/// </summary>
public sealed class ProvinceWindow
{
    private readonly ProductInputs _inputs;
    private readonly StoredScopes _scopes;
    private readonly IReadOnlyCollection<string> _codes;
    private readonly SortedDictionary<Period, Held> _held = [];

    // How much of a period is held, least first: what a report reads of its trend's older periods, of its previous
    // period, of its own period.
    private enum Detail
    {
        Trend,
        Previous,
        Full,
    }

    public ProvinceWindow(ProductInputs inputs, StoredScopes scopes, string province)
    {
        _inputs = inputs ?? throw new ArgumentNullException(nameof(inputs));
        _scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
        Province = province ?? throw new ArgumentNullException(nameof(province));
        _codes = scopes.CodesOf(province);
    }

    public string Province { get; }

    /// <summary>The first period a report of <paramref name="period"/> reads (its trend's oldest).</summary>
    public static Period FirstRead(Period period)
    {
        for (var i = 1; i < ReportBuilder.TrendPeriods; i++)
        {
            period = period.Previous();
        }

        return period;
    }

    /// <summary>What the province's workbooks of <paramref name="period"/> read, scored; loads what is not yet held from <paramref name="store"/>.</summary>
    public ScoredPeriods At(IIngestStore store, Period period)
    {
        ArgumentNullException.ThrowIfNull(store);
        var first = FirstRead(period);
        foreach (var gone in _held.Keys.Where(p => p < first || p > period).ToList())
        {
            _held.Remove(gone);
        }

        var missing = Range(first, period).Where(p => !_held.TryGetValue(p, out var held) || held.Detail < Needed(p, period)).ToList();
        if (missing.Count > 0)
        {
            Load(store, missing[0], missing[^1]);
        }

        foreach (var (kept, entry) in _held.ToList())
        {
            _held[kept] = entry.Keep(Needed(kept, period));
        }

        var context = new AnalysisData(_inputs.Scheme, _inputs.Outlets, [], [], _scopes.Ledger, _scopes.OutletsNotInMaster)
        {
            Disallowed = [.. _held.Values.SelectMany(h => h.Disallowed)],
        };
        return new ScoredPeriods(context, _held.Values.Select(h => h.Data).OfType<PeriodData>());
    }

    /// <summary>The answers the scheme no longer allows in a period held (for the printed summary).</summary>
    public IReadOnlyList<DisallowedAnswer> DisallowedIn(Period period) =>
        _held.TryGetValue(period, out var held) ? held.Disallowed : [];

    private static Detail Needed(Period held, Period asked) =>
        held == asked ? Detail.Full : held == asked.Previous() ? Detail.Previous : Detail.Trend;

    private void Load(IIngestStore store, Period from, Period to)
    {
        var slice = new RecordSlice { OutletCodes = _codes, From = from.Start, To = to.End };
        var data = AnalysisDataLoader.Load(store, _inputs.Scheme, _inputs.Outlets, slice, _scopes.Ledger);
        var scored = ScoredPeriods.Score(data).ToDictionary(p => p.Period);
        var kind = _inputs.Scheme.Period;
        foreach (var period in Range(from, to))
        {
            _held[period] = new Held(scored.GetValueOrDefault(period), [.. data.Disallowed.Where(d => Period.Of(d.Date, kind) == period)], Detail.Full);
        }
    }

    private static IEnumerable<Period> Range(Period from, Period to)
    {
        for (var p = from; p <= to; p = p.Next())
        {
            yield return p;
        }
    }

    // A period's scored rows (null when it has none) and the answers left out of it, at the detail held.
    private sealed record Held(PeriodData? Data, List<DisallowedAnswer> Disallowed, Detail Detail)
    {
        public Held Keep(Detail detail) => detail >= Detail ? this : this with
        {
            Data = detail == Detail.Previous ? Data?.AsPrevious() : Data?.AsTrend(),
            Detail = detail,
        };
    }
}

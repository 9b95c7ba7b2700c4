using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Mystery;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Survey;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Reporting;

/// <summary>
/// All loaded data scored once, period by period (SCORING.md 3: a row belongs to the period of its date).
/// The previous period of any period is available, empty when it has no data.
/// </summary>
public sealed class ScoredPeriods
{
    private readonly Dictionary<Period, PeriodData> _periods;
    private readonly AnalysisData _data;

    public ScoredPeriods(AnalysisData data)
        : this(data, Score(data))
    {
    }

    /// <summary>
    /// Periods scored already (a window of some periods of one province, see <see cref="Score"/>); <paramref name="data"/>
    /// gives the scheme, the ledger, the answers left out and the outlets not in the master.
    /// </summary>
    public ScoredPeriods(AnalysisData data, IEnumerable<PeriodData> periods)
    {
        _data = data ?? throw new ArgumentNullException(nameof(data));
        ArgumentNullException.ThrowIfNull(periods);
        _periods = periods.ToDictionary(p => p.Period);
    }

    public AnalysisData Data => _data;

    /// <summary>The periods with data, oldest first.</summary>
    public IReadOnlyList<Period> Periods => [.. _periods.Keys.Order()];

    public PeriodData this[Period period] => _periods.TryGetValue(period, out var data)
        ? data
        : new PeriodData(period, [], MysteryPeriodResult.Empty(_data.Scheme), [], []);

    /// <summary>Every period of the loaded rows, scored.</summary>
    public static IEnumerable<PeriodData> Score(AnalysisData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var kind = data.Scheme.Period;
        var visits = ByPeriod(data.Visits, v => v.Date, kind);
        var responses = ByPeriod(data.Responses, r => r.Date, kind);
        var scorer = new RespondentScorer(data.Scheme);
        return [.. visits.Keys.Union(responses.Keys).Select(p =>
        {
            var v = visits.GetValueOrDefault(p) ?? [];
            var r = responses.GetValueOrDefault(p) ?? [];
            return new PeriodData(p, v, MysteryAggregator.Aggregate(v, data.Scheme), r, scorer.ScoreAll(r));
        })];
    }

    // The rows of each period in their loaded order, periods in order of first appearance: what GroupBy gave, without
    // its groupings copied element by element through an iterator (a window's whole slice, a quarter of a million rows).
    private static Dictionary<Period, IReadOnlyList<T>> ByPeriod<T>(IReadOnlyList<T> rows, Func<T, DateOnly> date, PeriodKind kind)
    {
        var lists = new Dictionary<Period, List<T>>();
        foreach (var row in rows)
        {
            var period = Period.Of(date(row), kind);
            if (!lists.TryGetValue(period, out var list))
            {
                lists[period] = list = [];
            }

            list.Add(row);
        }

        return lists.ToDictionary(e => e.Key, e => (IReadOnlyList<T>)e.Value.ToArray());
    }
}

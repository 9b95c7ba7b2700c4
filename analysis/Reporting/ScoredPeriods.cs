using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Mystery;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Survey;

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
        var visits = data.Visits.GroupBy(v => Period.Of(v.Date, kind)).ToDictionary(g => g.Key, g => (IReadOnlyList<VisitRecord>)[.. g]);
        var responses = data.Responses.GroupBy(r => Period.Of(r.Date, kind)).ToDictionary(g => g.Key, g => (IReadOnlyList<ResponseRecord>)[.. g]);
        var scorer = new RespondentScorer(data.Scheme);
        return [.. visits.Keys.Union(responses.Keys).Select(p =>
        {
            var v = visits.GetValueOrDefault(p) ?? [];
            var r = responses.GetValueOrDefault(p) ?? [];
            return new PeriodData(p, v, MysteryAggregator.Aggregate(v, data.Scheme), r, scorer.ScoreAll(r));
        })];
    }
}

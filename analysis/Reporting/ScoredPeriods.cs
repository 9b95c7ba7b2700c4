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
    {
        _data = data ?? throw new ArgumentNullException(nameof(data));
        var kind = data.Scheme.Period;
        var visits = data.Visits.GroupBy(v => Period.Of(v.Date, kind)).ToDictionary(g => g.Key, g => (IReadOnlyList<VisitRecord>)[.. g]);
        var responses = data.Responses.GroupBy(r => Period.Of(r.Date, kind)).ToDictionary(g => g.Key, g => (IReadOnlyList<ResponseRecord>)[.. g]);
        var scorer = new RespondentScorer(data.Scheme);
        _periods = visits.Keys.Union(responses.Keys).ToDictionary(p => p, p => Score(p, visits.GetValueOrDefault(p) ?? [], responses.GetValueOrDefault(p) ?? [], scorer));
    }

    public AnalysisData Data => _data;

    /// <summary>The periods with data, oldest first.</summary>
    public IReadOnlyList<Period> Periods => [.. _periods.Keys.Order()];

    public PeriodData this[Period period] => _periods.TryGetValue(period, out var data)
        ? data
        : new PeriodData(period, [], MysteryPeriodResult.Empty(_data.Scheme), [], []);

    private PeriodData Score(Period period, IReadOnlyList<VisitRecord> visits, IReadOnlyList<ResponseRecord> responses, RespondentScorer scorer) =>
        new(period, visits, MysteryAggregator.Aggregate(visits, _data.Scheme), responses, scorer.ScoreAll(responses));
}

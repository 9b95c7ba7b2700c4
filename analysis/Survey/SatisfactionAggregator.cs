using Satisfaction.Analysis.Reporting;
using Satisfaction.Analysis.Statistics;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// Satisfaction of a scope and of a province's cities and outlets (SCORING.md 2.2), respondent-weighted at
/// every level: a city's index is the mean of its respondents' indices, not of its outlets'. 样本量 counts every
/// respondent in the scope; 样本不足 marks outlets with fewer than <see cref="ScoringScheme.MinResponses"/>
/// respondents, which get no rank. Cities are ranked among the cities with an index. The change test is
/// Welch's test on this period's against the previous period's respondent indices.
/// </summary>
public sealed class SatisfactionAggregator
{
    private readonly ScaleCuts _cuts;
    private readonly int _minResponses;

    public SatisfactionAggregator(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        _cuts = ScaleCuts.From(scheme);
        _minResponses = scheme.MinResponses;
    }

    /// <summary>Summarises the given respondents as one scope, whatever outlets they come from.</summary>
    public SatisfactionSummary Summarize(string scope, IReadOnlyList<RespondentScore> current, IReadOnlyList<RespondentScore> previous)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return Summary(scope, ScopeTally.Of(current, _cuts), ScopeTally.Of(previous, _cuts));
    }

    /// <summary>The province's summary and rows; respondents of other provinces are ignored.</summary>
    public ProvinceSatisfaction Aggregate(string province, IReadOnlyList<RespondentScore> current, IReadOnlyList<RespondentScore> previous)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var now = ProvinceTallies.Of(province, current, _cuts);
        var before = ProvinceTallies.Of(province, previous, _cuts);

        var cities = now.Cities.Values.ToList();
        var cityRows = Ranked(
            cities.Select(c => (c.Name, (string?)null, Summary(c.Name, c.Tally, before.Cities.GetValueOrDefault(c.Name)?.Tally), false)).ToList());
        var outletRows = cities.ToDictionary(
            c => c.Name,
            c => Ranked(c.Outlets.Select(o => (
                o.Outlet.Name,
                (string?)o.Outlet.Code,
                Summary(o.Outlet.Name, o.Tally, before.Find(c.Name, o.Outlet.Code)?.Tally),
                o.Tally.Respondents < _minResponses)).ToList()),
            StringComparer.Ordinal);
        return new ProvinceSatisfaction(Summary(province, now.Province, before.Province), cityRows, outletRows);
    }

    private static SatisfactionSummary Summary(string scope, ScopeTally now, ScopeTally? before)
    {
        var index = MeanInterval.Of(now.Indices);
        var previous = before is null ? null : MeanInterval.Of(before.Indices)?.Mean;
        return new SatisfactionSummary(
            scope,
            index,
            now.OverallCount > 0 ? now.OverallSum / now.OverallCount : null,
            now.OverallCount > 0 ? (double)now.Top2 / now.OverallCount : null,
            now.RecommendCount > 0 ? 100.0 * (now.Promoters - now.Detractors) / now.RecommendCount : null,
            now.Respondents,
            previous,
            index?.Mean - previous,
            before is null ? null : WelchTest.Compare(now.Indices, before.Indices));
    }

    private static IReadOnlyList<SatisfactionRow> Ranked(List<(string Name, string? Code, SatisfactionSummary Summary, bool Insufficient)> scopes)
    {
        // The same competition ranking (1, 2, 2, 4 on values rounded to 2 decimals) as the mystery scores.
        var ranks = Mystery.Ranking.Competition(
            [.. scopes.Select(s => s.Summary.Index?.Mean ?? 0)],
            [.. scopes.Select(s => !s.Insufficient && s.Summary.Index is not null)]);
        return [.. scopes
            .Select((s, i) => Row(s.Name, s.Code, s.Summary, s.Insufficient, ranks[i]))
            .OrderBy(r => r.Rank ?? int.MaxValue)
            .ThenBy(r => r.Code ?? r.Name, StringComparer.Ordinal)];
    }

    private static SatisfactionRow Row(string name, string? code, SatisfactionSummary s, bool insufficient, int? rank) => new(
        name,
        code,
        s.Index?.Mean,
        s.Index?.Low,
        s.Index?.High,
        s.Overall,
        s.Top2,
        s.Nps,
        s.SampleSize,
        insufficient,
        rank,
        s.PreviousIndex,
        s.Change,
        s.ChangeTest);
}

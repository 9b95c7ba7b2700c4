using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Mystery;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Survey;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Reporting;

/// <summary>Everything scored for one period: visits and their aggregation, responses and their scores.</summary>
public sealed record PeriodData(
    Period Period,
    IReadOnlyList<VisitRecord> Visits,
    MysteryPeriodResult Mystery,
    IReadOnlyList<ResponseRecord> Responses,
    IReadOnlyList<RespondentScore> Respondents)
{
    private static readonly IReadOnlyDictionary<string, Answer> NoAnswers = new Dictionary<string, Answer>();

    public bool HasData => Visits.Count > 0 || Responses.Count > 0;

    public IEnumerable<string> Provinces =>
        Visits.Select(v => v.Outlet.Province).Concat(Responses.Select(r => r.Outlet.Province)).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> CitiesOf(string province) =>
        Visits.Where(v => v.Outlet.Province == province).Select(v => v.Outlet.City)
            .Concat(Responses.Where(r => r.Outlet.Province == province).Select(r => r.Outlet.City))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// What a report of the next period reads of this one as its previous period (上期): the mystery figures and each
    /// respondent's index, overall and recommend answers, for the changes and their tests. The survey rows' answers
    /// (a dictionary per respondent, most of a period's memory) and the touchpoint scores are let go; the survey rows
    /// are reachable only through the respondents.
    /// </summary>
    public PeriodData AsPrevious() => this with
    {
        Responses = [],
        Respondents = [.. Respondents.Select(r => r with { Response = r.Response with { Answers = NoAnswers }, Touchpoints = ReadOnlyMemory<double?>.Empty })],
    };

    /// <summary>What a report of a later period reads of this one for its trend lines: the mystery figures only.</summary>
    public PeriodData AsTrend() => this with { Responses = [], Respondents = [] };
}

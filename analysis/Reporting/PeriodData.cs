using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Mystery;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Survey;

namespace Satisfaction.Analysis.Reporting;

/// <summary>Everything scored for one period: visits and their aggregation, responses and their scores.</summary>
public sealed record PeriodData(
    Period Period,
    IReadOnlyList<VisitRecord> Visits,
    MysteryPeriodResult Mystery,
    IReadOnlyList<ResponseRecord> Responses,
    IReadOnlyList<RespondentScore> Respondents)
{
    public bool HasData => Visits.Count > 0 || Responses.Count > 0;

    public IEnumerable<string> Provinces =>
        Visits.Select(v => v.Outlet.Province).Concat(Responses.Select(r => r.Outlet.Province)).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> CitiesOf(string province) =>
        Visits.Where(v => v.Outlet.Province == province).Select(v => v.Outlet.City)
            .Concat(Responses.Where(r => r.Outlet.Province == province).Select(r => r.Outlet.City))
            .Distinct(StringComparer.Ordinal);
}

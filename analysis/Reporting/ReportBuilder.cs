using Satisfaction.Analysis.Drivers;
using Satisfaction.Analysis.Mystery;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Quality;
using Satisfaction.Analysis.Survey;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Reporting;

/// <summary>
/// Builds the report model — one <see cref="ProvinceReport"/> per province and one <see cref="CityReport"/>
/// per city, for a period — from the scored periods. Every figure comes from the engines in Mystery,
/// Survey, Drivers and Quality; this class only picks the scope and the previous period.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>How many periods the trend lines show, the current one included.</summary>
    public const int TrendPeriods = 4;

    private readonly ScoredPeriods _periods;
    private readonly SchemeDescription _scheme;
    private readonly SatisfactionAggregator _satisfaction;
    private readonly IReadOnlyList<SurveyQuestion> _touchpoints;
    private readonly SurveyQuestion? _overall;
    private readonly int[] _touchpointPositions;
    // Concurrent: the host's workbook jobs and a pass's parallel workbooks share one builder, on several threads at
    // once. Lazy, so that a city's workbook started while the province's computes the same figures waits for them
    // rather than computing them a second time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Period, string), Lazy<ProvinceSatisfaction>> _satisfactionCache = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Period, string), Lazy<ProvinceRows>> _rowsCache = [];

    public ReportBuilder(ScoredPeriods periods, string schemeSource)
    {
        _periods = periods ?? throw new ArgumentNullException(nameof(periods));
        var scheme = periods.Data.Scheme;
        _scheme = new SchemeDescription(scheme, schemeSource);
        _satisfaction = new SatisfactionAggregator(scheme);
        _touchpoints = DriverTouchpoints.Select(scheme.Questions);
        _overall = scheme.Questions.FirstOrDefault(q => q.Role == QuestionRole.Overall);
        _touchpointPositions = DriverSamples.PositionsOf(_touchpoints, RespondentScorer.TouchpointsOf(scheme));
    }

    public ProvinceReport Province(Period period, string province)
    {
        var current = _periods[period];
        var previous = _periods[period.Previous()];
        var mystery = MysterySummaries.Build(current.Mystery, previous.Mystery, province);
        var satisfaction = Satisfaction(period, province);
        var cities = CityRankings.Build(current.Mystery, previous.Mystery, province);
        var area = current.Mystery.Province(province);
        return new ProvinceReport
        {
            Province = province,
            Period = period.ToString(),
            PreviousPeriod = period.Previous().ToString(),
            Scheme = _scheme,
            Summary = Summary(province, mystery, satisfaction.Province) with { Best = Standing(mystery.BestCity), Worst = Standing(mystery.WorstCity) },
            CityRanking = cities,
            OutletRanking = OutletRankings.ForProvince(current.Mystery, previous.Mystery, province),
            Dimensions = _scheme.Scheme.Dimensions.Select((d, i) => new DimensionComparisonRow(d.Name, null, area?.Dimensions[i], null)).ToList(),
            ItemLoss = ItemLosses.Build(current.Mystery, province),
            VetoVisits = VisitTables.VetoVisits(current.Mystery, province),
            SatisfactionByCity = satisfaction.Cities,
            Satisfaction = Row(satisfaction.Province),
            Drivers = Drivers(Rows(period, province).Respondents(city: null)),
            Trend = Trend(period, province, city: null),
            Visits = [.. current.Mystery.CitiesOf(province).OrderBy(c => c.City, StringComparer.Ordinal)
                .SelectMany(c => VisitTables.Visits(current.Mystery, province, c.City!).Select(v => (c.City!, v)))],
            VisitScores = area?.Visits.Select(v => v.Score).ToList() ?? [],
            Correlations = MysterySatisfactionCorrelation.Of(province, OutletPairs(current, satisfaction, province)),
            Quality = Quality(current, province),
            Inputs = Inputs(Rows(period, province).Files(city: null)),
        };
    }

    public CityReport City(Period period, string province, string city)
    {
        var current = _periods[period];
        var previous = _periods[period.Previous()];
        var mystery = MysterySummaries.Build(current.Mystery, previous.Mystery, province, city);
        var satisfaction = Satisfaction(period, province);
        var ranking = CityRankings.Build(current.Mystery, previous.Mystery, province);
        var cityRow = satisfaction.Cities.FirstOrDefault(c => c.Name == city);
        var summary = Summary(city, mystery, null) with
        {
            Rank = ranking.FirstOrDefault(r => r.City == city)?.Rank,
            RankedAmong = ranking.Count(r => r.Rank is not null),
            Best = Standing(mystery.BestOutlet),
            Worst = Standing(mystery.WorstOutlet),
            SatisfactionIndex = cityRow?.Index,
            SatisfactionChange = cityRow?.Change,
            SatisfactionTest = cityRow?.ChangeTest,
            Nps = cityRow?.Nps,
            Respondents = cityRow?.SampleSize ?? 0,
        };
        return new CityReport
        {
            Province = province,
            City = city,
            Period = period.ToString(),
            PreviousPeriod = period.Previous().ToString(),
            Scheme = _scheme,
            Summary = summary,
            OutletRanking = OutletRankings.ForCity(current.Mystery, previous.Mystery, province, city),
            DimensionComparison = DimensionComparisons.Build(current.Mystery, province, city),
            ItemLoss = ItemLosses.Build(current.Mystery, province, city),
            VetoVisits = VisitTables.VetoVisits(current.Mystery, province, city),
            SatisfactionByOutlet = satisfaction.OutletsByCity.GetValueOrDefault(city) ?? [],
            Satisfaction = cityRow,
            Visits = VisitTables.Visits(current.Mystery, province, city),
            Drivers = Drivers(Rows(period, province).Respondents(city)),
            Trend = Trend(period, province, city),
            VisitScores = current.Mystery.City(province, city)?.Visits.Select(v => v.Score).ToList() ?? [],
            Inputs = Inputs(Rows(period, province).Files(city)),
        };
    }

    private ProvinceSatisfaction Satisfaction(Period period, string province)
    {
        return _satisfactionCache.GetOrAdd((period, province), key => new(() =>
        {
            var current = InProvince(_periods[key.Item1].Respondents, key.Item2);
            var previous = InProvince(_periods[key.Item1.Previous()].Respondents, key.Item2);
            return _satisfaction.Aggregate(key.Item2, current, previous);
        })).Value;
    }

    private ProvinceRows Rows(Period period, string province) =>
        _rowsCache.GetOrAdd((period, province), key => new(() => new ProvinceRows(_periods[key.Item1], key.Item2))).Value;

    // A report pass scores one province at a time: its respondents are then all of the province, and copying them
    // (a period's worth of large structs) only to filter nothing out was a large array per period for the collector.
    private static IReadOnlyList<RespondentScore> InProvince(IReadOnlyList<RespondentScore> respondents, string province) =>
        respondents.All(r => r.Response.Outlet.Province == province)
            ? respondents
            : [.. respondents.Where(r => r.Response.Outlet.Province == province)];

    private static ScopeSummary Summary(string scope, MysterySummary mystery, SatisfactionSummary? satisfaction) => new()
    {
        Scope = scope,
        Score = mystery.Score,
        PreviousScore = mystery.PreviousScore,
        Change = mystery.Change,
        ChangeTest = mystery.ChangeTest,
        Grade = mystery.Score is { } score ? Grades.Of(score) : null,
        Outlets = mystery.Outlets,
        Visits = mystery.Visits,
        VetoedVisits = mystery.VetoedVisits,
        SatisfactionIndex = satisfaction?.Index?.Mean,
        SatisfactionChange = satisfaction?.Change,
        SatisfactionTest = satisfaction?.ChangeTest,
        Nps = satisfaction?.Nps,
        Respondents = satisfaction?.SampleSize ?? 0,
    };

    private static (string Name, double Score)? Standing(Standing? standing) =>
        standing is null ? null : (standing.Name, standing.Score);

    private static SatisfactionRow Row(SatisfactionSummary s) => new(
        s.Scope, null, s.Index?.Mean, s.Index?.Low, s.Index?.High, s.Overall, s.Top2, s.Nps, s.SampleSize, false, null, s.PreviousIndex, s.Change, s.ChangeTest);

    private DriverSummary Drivers(IEnumerable<RespondentScore> respondents)
    {
        if (_overall is null)
        {
            return new DriverSummary([], "评分方案没有总体满意度题 / the scheme has no overall question", 0, null);
        }

        var result = KeyDriverAnalysis.Run(_touchpoints, DriverSamples.From(respondents, _touchpointPositions), _scheme.Scheme.MinDriverResponses);
        return new DriverSummary(result.Rows, result.SkippedReason, result.Respondents, result.RSquared);
    }

    private IReadOnlyList<TrendPoint> Trend(Period period, string province, string? city)
    {
        var periods = Enumerable.Range(0, TrendPeriods).Select(back => Back(period, back)).Reverse()
            .SkipWhile(p => _periods[p].Mystery.Province(province) is null && p != period).ToList();
        var scopes = city is null
            ? [null, .. periods.SelectMany(p => _periods[p].Mystery.CitiesOf(province).Select(c => c.City)).Distinct().Order(StringComparer.Ordinal)]
            : new List<string?> { city, null };
        return [.. scopes.SelectMany(scope => periods.Select(p =>
            new TrendPoint(p.ToString(), scope ?? province, _periods[p].Mystery.Area(province, scope)?.Score)))];
    }

    private static Period Back(Period period, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            period = period.Previous();
        }

        return period;
    }

    private static IEnumerable<OutletPair> OutletPairs(PeriodData current, ProvinceSatisfaction satisfaction, string province)
    {
        var indices = satisfaction.OutletsByCity.Values.SelectMany(rows => rows).Where(r => r.Code is not null).ToDictionary(r => r.Code!, r => r.Index);
        var mystery = current.Mystery.Outlets.Where(o => o.Outlet.Province == province).ToDictionary(o => o.Outlet.Code);
        var outlets = current.Visits.Select(v => v.Outlet).Concat(current.Responses.Select(r => r.Outlet))
            .Where(o => o.Province == province).DistinctBy(o => o.Code);
        return outlets.Select(o => new OutletPair(o.City, mystery.GetValueOrDefault(o.Code)?.Score, indices.GetValueOrDefault(o.Code)));
    }

    private QualityFlags Quality(PeriodData current, string province)
    {
        var straight = new StraightLiningDetector(_scheme.Scheme).Find(current.Responses.Where(r => r.Outlet.Province == province));
        var shoppers = ShopperOutliers.Find(current.Mystery.Visits
            .Where(v => v.Visit.Outlet.Province == province)
            .Select(v => new ShopperVisit(v.Visit.ShopperId, v.Visit.Outlet.Code, current.Period.ToString(), v.Score)));
        var kind = _scheme.Scheme.Period;
        return new QualityFlags(straight, shoppers, _periods.Data.OutletsNotInMaster)
        {
            DisallowedAnswers = [.. _periods.Data.Disallowed.Where(d => d.Outlet.Province == province && Period.Of(d.Date, kind) == current.Period)],
        };
    }

    private IReadOnlyList<InputFileRow> Inputs(IReadOnlySet<long> files) =>
        [.. _periods.Data.Ledger.Where(e => files.Contains(e.Id)).Select(e => new InputFileRow(e.Name, e.Sha256, e.RowsLoaded, e.RowsRejected))];
}

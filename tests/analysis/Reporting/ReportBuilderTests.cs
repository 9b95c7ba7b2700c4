using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Analysis.Tests.Mystery;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Tests.Reporting;

// The report model of a period, with a scheme that reports by month: the scopes, the previous period
// and the change, computed by hand in the comments.
public sealed class ReportBuilderTests
{
    private static readonly Outlet Nanjing = new("江苏", "南京", "0250101", "南京新街口旗舰店", [], null);
    private static readonly Outlet Suzhou = new("江苏", "苏州", "05120101", "苏州观前街旗舰店", [], null);
    private static readonly ScoringScheme Monthly = MysteryFixtures.Sample with { Period = PeriodKind.Month };

    // June: 南京 one perfect visit → 100. July: 南京 100 and a visit with A1 no: etiquette 17/20 = 85,
    // visit (20×85 + 15×100 + 15×100 + 30×100 + 20×100) / 100 = 97 → outlet 98.5; 苏州 one vetoed visit → 0.
    // Province July (outlet mode) = (98.5 + 0) / 2 = 49.25; June = 100; change −50.75.
    private static readonly ScoredPeriods Periods = new(new AnalysisData(
        Monthly,
        new OutletMaster([Nanjing, Suzhou]),
        [
            Visit("V1", Nanjing, "2026-06-15"),
            Visit("V2", Nanjing, "2026-07-03"),
            Visit("V3", Nanjing, "2026-07-20", no: "A1"),
            Visit("V4", Suzhou, "2026-07-21", no: "V1"),
        ],
        [],
        [],
        []));

    [Fact]
    public void TheProvinceReportOfAMonthComparesWithTheMonthBefore()
    {
        var report = new ReportBuilder(Periods, "test").Province(Period.Parse("2026-07"), "江苏");

        Assert.Equal(("2026-07", "2026-06"), (report.Period, report.PreviousPeriod));
        Assert.Equal(49.25, report.Summary.Score!.Value, 10);
        Assert.Equal(100, report.Summary.PreviousScore!.Value, 10);
        Assert.Equal(-50.75, report.Summary.Change!.Value, 10);
        Assert.Equal(1, report.Summary.VetoedVisits);
        Assert.Equal(["南京", "苏州"], report.CityRanking.Select(c => c.City));
        Assert.Equal(["V4"], report.VetoVisits.Select(v => v.VisitId));
        Assert.Equal(["V2", "V3", "V4"], report.Visits.Select(v => v.Visit.VisitId));
    }

    [Fact]
    public void TheCityReportRanksAndTrendsItsCity()
    {
        var report = new ReportBuilder(Periods, "test").City(Period.Parse("2026-07"), "江苏", "南京");

        Assert.Equal(98.5, report.Summary.Score!.Value, 10);
        Assert.Equal((1, 2), (report.Summary.Rank, report.Summary.RankedAmong));
        Assert.Equal(1.5, -report.Summary.Change!.Value, 10);
        Assert.Equal(
            [("2026-06", "南京", 100.0), ("2026-07", "南京", 98.5), ("2026-06", "江苏", 100.0), ("2026-07", "江苏", 49.25)],
            report.Trend.Select(t => (t.Period, t.Scope, t.Score!.Value)));
        Assert.Equal("样本不足", report.Drivers.SkippedReason![..4]);
    }

    [Fact]
    public void OnlyPeriodsWithDataAreListed() =>
        Assert.Equal(["2026-06", "2026-07"], Periods.Periods.Select(p => p.ToString()));

    private static VisitRecord Visit(string id, Outlet outlet, string date, string? no = null) => new(
        id,
        outlet,
        DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        "SH-1",
        null,
        Monthly.Items.ToDictionary(i => i.Code, i => i.Code == no ? Answer.No : Answer.Yes));
}

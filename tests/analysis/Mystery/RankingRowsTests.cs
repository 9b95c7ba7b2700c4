using Satisfaction.Analysis.Mystery;

namespace Satisfaction.Analysis.Tests.Mystery;

public sealed class RankingRowsTests
{
    private static readonly MysteryPeriodResult Current = MysteryAggregator.Aggregate(CityFixture.Current, MysteryFixtures.Tiny);
    private static readonly MysteryPeriodResult Previous = MysteryAggregator.Aggregate(CityFixture.Previous, MysteryFixtures.Tiny);

    // 乙市 100 first, 甲市 63.333 second; 甲市 was 70 (outlets 80 and 60): change −6.667, tested on
    // outlet scores {76.667, 50} against {80, 60}; 乙市 has no previous period.
    [Fact]
    public void CitiesAreRankedWithPreviousScoreChangeAndTest()
    {
        var rows = CityRankings.Build(Current, Previous, "某省");

        Assert.Equal([(1, "乙市"), (2, "甲市")], rows.Select(r => (r.Rank!.Value, r.City)));
        var jia = rows[1];
        Assert.Equal((2, 4), (jia.Outlets, jia.Visits));
        Assert.Equal(70, jia.PreviousScore!.Value, 10);
        Assert.Equal(-6.6667, jia.Change!.Value, 4);
        Assert.Equal((2, 2), (jia.ChangeTest!.CurrentN, jia.ChangeTest.PreviousN));
        Assert.False(jia.ChangeTest.Significant);
        Assert.Equal((null, null, null), (rows[0].PreviousScore, rows[0].Change, rows[0].ChangeTest));
    }

    [Fact]
    public void WithoutAPreviousPeriodThereIsNoChange()
    {
        var rows = CityRankings.Build(Current, MysteryPeriodResult.Empty(MysteryFixtures.Tiny), "某省");

        Assert.All(rows, r => Assert.Null(r.Change));
    }

    // Province: O3 100 rank 1, O1 76.667 rank 2 (was 80: change −3.333), O2 50 样本不足 with no rank, listed last.
    [Fact]
    public void OutletsAreRankedInTheProvinceAndTooFewVisitsAreListedWithoutRank()
    {
        var rows = OutletRankings.ForProvince(Current, Previous, "某省");

        Assert.Equal([("O3", 1), ("O1", 2), ("O2", (int?)null)], rows.Select(r => (r.OutletCode, r.Rank)));
        Assert.Equal(-3.3333, rows[1].Change!.Value, 4);
        Assert.Equal(80, rows[1].PreviousScore!.Value, 10);
        Assert.Null(rows[0].PreviousScore);
        Assert.True(rows[2].InsufficientSample);
        Assert.Equal(60, rows[2].PreviousScore!.Value, 10);
        Assert.Equal(["优秀", "待改进", "待改进"], rows.Select(r => r.Grade));
    }

    [Fact]
    public void OutletsAreRankedWithinTheirCity()
    {
        var rows = OutletRankings.ForCity(Current, Previous, "某省", "甲市");

        Assert.Equal([("O1", 1), ("O2", (int?)null)], rows.Select(r => (r.OutletCode, r.Rank)));
        Assert.All(rows, r => Assert.Equal("甲市", r.City));
    }

    [Fact]
    public void TheProvinceSummaryNamesBestAndWorstCityAndRankedOutlet()
    {
        var summary = MysterySummaries.Build(Current, Previous, "某省");

        Assert.Equal(75.5556, summary.Score!.Value, 4);
        Assert.Equal(70, summary.PreviousScore!.Value, 10); // previous province = (80 + 60) / 2
        Assert.Equal(5.5556, summary.Change!.Value, 4);
        Assert.Equal(("乙市", "甲市"), (summary.BestCity!.Name, summary.WorstCity!.Name));
        Assert.Equal(("O3", "O1"), (summary.BestOutlet!.Code, summary.WorstOutlet!.Code));
        Assert.Equal((3, 6, 0), (summary.Outlets, summary.Visits, summary.VetoedVisits));
    }

    [Fact]
    public void ACitySummaryHasNoCitiesAndAnUnknownScopeHasNoScore()
    {
        var city = MysterySummaries.Build(Current, Previous, "某省", "甲市");
        var none = MysterySummaries.Build(Current, Previous, "他省");

        Assert.Null(city.BestCity);
        Assert.Equal("O1", city.BestOutlet!.Code);
        Assert.Null(none.Score);
        Assert.Equal([null, null], none.Dimensions);
    }
}

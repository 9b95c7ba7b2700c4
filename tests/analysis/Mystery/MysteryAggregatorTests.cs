using Satisfaction.Analysis.Mystery;
using Satisfaction.Ingest.Scheme;
using static Satisfaction.Analysis.Tests.Mystery.MysteryFixtures;

namespace Satisfaction.Analysis.Tests.Mystery;

public sealed class MysteryAggregatorTests
{
    [Fact]
    public void AnOutletIsTheMeanOfItsVisitsAndEachDimensionOfTheVisitsWhereItApplies()
    {
        var result = MysteryAggregator.Aggregate(CityFixture.Current, Tiny);
        var o1 = result.Outlet("O1")!;

        // (100 + 70 + 60) / 3; a = (100 + 80 + 60) / 3 = 80; b = (100 + 50) / 2 = 75 (the third visit has no b).
        Assert.Equal(76.6667, o1.Score, 4);
        Assert.Equal(80, o1.Dimensions[0]!.Value, 10);
        Assert.Equal(75, o1.Dimensions[1]!.Value, 10);
        Assert.Equal((3, "待改进", false), (o1.Visits, o1.Grade, o1.InsufficientSample));
    }

    [Fact]
    public void AnOutletWithFewerThanMinVisitsHasAnInsufficientSample()
    {
        var result = MysteryAggregator.Aggregate(CityFixture.Current, Tiny);

        Assert.True(result.Outlet("O2")!.InsufficientSample);
        Assert.False(result.Outlet("O3")!.InsufficientSample);
        Assert.False(MysteryAggregator.Aggregate(CityFixture.Current, Tiny with { MinVisits = 1 }).Outlet("O2")!.InsufficientSample);
    }

    // Outlet mode: 甲市 = (76.667 + 50) / 2 = 63.333; a = (80 + 50) / 2 = 65; b = 75 (O1 alone has b).
    // Province = (76.667 + 50 + 100) / 3 = 75.556.
    [Fact]
    public void InOutletModeEachOutletCountsOnce()
    {
        var result = MysteryAggregator.Aggregate(CityFixture.Current, Tiny);
        var city = result.City("某省", "甲市")!;

        Assert.Equal(63.3333, city.Score, 4);
        Assert.Equal([65.0, 75.0], city.Dimensions);
        Assert.Equal((2, 4), (city.Outlets.Count, city.Visits.Count));
        Assert.Equal(75.5556, result.Province("某省")!.Score, 4);
    }

    // Visit mode: 甲市 = (100 + 70 + 60 + 50) / 4 = 70; a = (100 + 80 + 60 + 50) / 4 = 72.5; b = (100 + 50) / 2.
    // Province = (100 + 70 + 60 + 50 + 100 + 100) / 6 = 80.
    [Fact]
    public void InVisitModeEveryVisitCountsOnce()
    {
        var result = MysteryAggregator.Aggregate(CityFixture.Current, Tiny with { Aggregation = Aggregation.Visit });
        var city = result.City("某省", "甲市")!;

        Assert.Equal(70, city.Score, 10);
        Assert.Equal([72.5, 75.0], city.Dimensions);
        Assert.Equal(80, result.Province("某省")!.Score, 10);
    }

    [Fact]
    public void TheChangeTestSampleIsTheOutletScoresInBothModes()
    {
        foreach (var mode in new[] { Aggregation.Outlet, Aggregation.Visit })
        {
            var city = MysteryAggregator.Aggregate(CityFixture.Current, Tiny with { Aggregation = mode }).City("某省", "甲市")!;

            Assert.Equal([76.6667, 50], city.OutletScores.Select(s => Math.Round(s, 4)));
        }
    }

    [Fact]
    public void VisitsAreKeptByDateThenIdAndVisitsWithoutAnyDimensionAreSetAside()
    {
        var result = MysteryAggregator.Aggregate([.. CityFixture.Current, Visit("V1=N", CityFixture.O1, "v0")], Tiny);

        Assert.Equal(["v1", "v2", "v3", "v4", "v5", "v6"], result.Visits.Select(v => v.Visit.VisitId));
        Assert.Equal(["v1", "v2", "v3", "v4"], result.City("某省", "甲市")!.Visits.Select(v => v.Visit.VisitId));
        Assert.Equal("v0", Assert.Single(result.Rejected).VisitId);
        Assert.Equal(3, result.Outlet("O1")!.Visits);
    }

    [Fact]
    public void AnEmptyPeriodHasNothingToLookUp()
    {
        var empty = MysteryPeriodResult.Empty(Tiny);

        Assert.Null(empty.Outlet("O1"));
        Assert.Null(empty.City("某省", "甲市"));
        Assert.Null(empty.Province("某省"));
        Assert.Empty(MysteryAggregator.Aggregate([], Tiny).Provinces);
    }
}

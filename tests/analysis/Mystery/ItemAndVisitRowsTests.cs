using Satisfaction.Analysis.Mystery;
using Satisfaction.Ingest.Scheme;
using static Satisfaction.Analysis.Tests.Mystery.MysteryFixtures;

namespace Satisfaction.Analysis.Tests.Mystery;

public sealed class ItemAndVisitRowsTests
{
    // v1: A1 Y, A2 N, A3 4, V1 N    v2: A1 Y, A2 -, A3 5, V1 Y    v3: A1 N, A2 Y, A3 2
    // A1: n 3, earned 6 of 9 → loss 1/3, fail 1/3.   A2: n 2, earned 2 of 4 → loss 1/2, fail 1/2.
    // A3: n 3, earned 11 of 15 → loss 4/15, fail 2/3. B1, B2: n 0 → no loss, fail 0. V1: n 2, no loss, fail 1/2.
    private static readonly MysteryPeriodResult Result = MysteryAggregator.Aggregate(
        [
            Visit("A1=Y A2=N A3=4 V1=N", id: "v1", date: "2026-07-03"),
            Visit("A1=Y A2=- A3=5 V1=Y", id: "v2", date: "2026-07-02"),
            Visit("A1=N A2=Y A3=2 V2=0", Outlet("O2"), id: "v3", date: "2026-07-02"),
        ],
        Tiny);

    [Fact]
    public void ItemLossRatesFollowTheItemsThatApplied()
    {
        var rows = ItemLosses.Build(Result, "某省", "甲市");

        Assert.Equal(["A1", "A2", "A3", "B1", "B2", "V1", "V2"], rows.Select(r => r.Code));
        Assert.Equal([3, 2, 3, 0, 0, 2, 1], rows.Select(r => r.Applicable));
        Assert.Equal(1 / 3.0, rows[0].LossRate!.Value, 12);
        Assert.Equal(0.5, rows[1].LossRate!.Value, 12);
        Assert.Equal(4 / 15.0, rows[2].LossRate!.Value, 12);
        Assert.All(rows.Skip(3), r => Assert.Null(r.LossRate));
        Assert.Equal([1 / 3.0, 0.5, 2 / 3.0, 0, 0, 0.5, 1], rows.Select(r => r.FailRate), new RoundedComparer());
        Assert.Equal(("甲", null), (rows[0].Dimension, rows[5].Dimension));
    }

    [Fact]
    public void AProvinceWithoutVisitsListsEveryItemUnapplied()
    {
        var rows = ItemLosses.Build(Result, "他省");

        Assert.Equal(Tiny.Items.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal((0, null, 0.0), (r.Applicable, r.LossRate, r.FailRate)));
    }

    [Fact]
    public void VetoedVisitsAreListedByDateThenIdWithTheirFailedItems()
    {
        var rows = VisitTables.VetoVisits(Result, "某省");

        Assert.Equal([("v3", "O2", "V2"), ("v1", "O1", "V1")], rows.Select(r => (r.VisitId, r.OutletCode, string.Join(',', r.FailedItems))));
        Assert.Equal(new DateOnly(2026, 7, 2), rows[0].Date);
    }

    [Fact]
    public void TheVisitsTableHoldsEveryVisitOfTheCityWithItsVeto()
    {
        var rows = VisitTables.Visits(Result, "某省", "甲市");

        Assert.Equal([("v2", false), ("v3", true), ("v1", true)], rows.Select(r => (r.VisitId, r.Vetoed)));
        Assert.Equal(0, rows[1].Score);
    }

    // 甲市 a = (80 + 50) / 2 = 65, b only at O1 = 75; province a = (80 + 50 + 100) / 3, b = 75. 乙市 has no b.
    [Fact]
    public void DimensionsCompareCityWithProvinceAndAreEmptyWhereEitherIs()
    {
        var current = MysteryAggregator.Aggregate(CityFixture.Current, Tiny);

        var jia = DimensionComparisons.Build(current, "某省", "甲市");
        var yi = DimensionComparisons.Build(current, "某省", "乙市");

        Assert.Equal(["甲", "乙"], jia.Select(r => r.Dimension));
        Assert.Equal(65 - (230 / 3.0), jia[0].Difference!.Value, 10);
        Assert.Equal(0, jia[1].Difference!.Value, 10);
        Assert.Equal((null, 75.0, null), (yi[1].City, yi[1].Province, yi[1].Difference));
    }

    [Fact]
    public void DeductModeKeepsTheVetoedVisitsScoreAboveZero()
    {
        var result = MysteryAggregator.Aggregate(Result.Visits.Select(v => v.Visit), Tiny with { Veto = new VetoRule(VetoMode.Deduct, 30) });

        // v1: a = (3 + 0 + 4) / 10 = 70 → 70 − 30 = 40.
        Assert.Equal(40, VisitTables.Visits(result, "某省", "甲市").Single(r => r.VisitId == "v1").Score, 10);
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}

using Satisfaction.Analysis.Quality;

namespace Satisfaction.Analysis.Tests.Quality;

public sealed class ShopperOutliersTests
{
    private const string Q3 = "2026Q3";

    // Shoppers A, B, C visit O1–O4: A scores 95, B and C 75 everywhere. A: 95 − 75 = +20 at each visit → +20.
    // B: 75 − (95 + 75) / 2 = −10, C likewise. D (100) and E (70) share O5 and O6: ±30 but only 2 visits each.
    // A visit without a shopper id (score 0 at O1) is left out.
    [Fact]
    public void APlantedLenientShopperIsFound()
    {
        var visits = new List<ShopperVisit> { new(null, "O1", Q3, 0) };
        foreach (var outlet in new[] { "O1", "O2", "O3", "O4" })
        {
            visits.AddRange([new("A", outlet, Q3, 95), new("B", outlet, Q3, 75), new("C", outlet, Q3, 75)]);
        }

        visits.AddRange([new("D", "O5", Q3, 100), new("D", "O6", Q3, 100), new("E", "O5", Q3, 70), new("E", "O6", Q3, 70)]);

        var deviations = ShopperDeviations.Of(visits).ToDictionary(d => d.ShopperId);
        var row = Assert.Single(ShopperOutliers.Find(visits));

        Assert.Equal((20.0, -10.0, 30.0), (deviations["A"].MeanDeviation, deviations["B"].MeanDeviation, deviations["D"].MeanDeviation));
        Assert.Equal(("A", 4, 4, 20.0, ShopperOutliers.Lenient), (row.ShopperId, row.Visits, row.Outlets, row.MeanDeviation, row.Direction));
    }

    [Fact]
    public void VisitsInAnotherPeriodAreNotComparable()
    {
        var visits = new ShopperVisit[] { new("A", "O1", "2026Q2", 90), new("B", "O1", Q3, 60) };

        Assert.Empty(ShopperDeviations.Of(visits));
    }

    // Mean deviations −1, 1, −1, 1, −1, 1, −1, 1, 0, 10: mean 1, squares about it 4×4 + 4×0 + 1 + 81 = 98,
    // s = √(98 / 9) = 3.300, 2s = 6.600; |10 − 1| = 9 > 6.6 → flagged although under 15 points.
    [Fact]
    public void AShopperTwoStandardDeviationsOutIsFlagged()
    {
        double[] means = [-1, 1, -1, 1, -1, 1, -1, 1, 0, 10];
        var shoppers = means.Select((m, i) => new ShopperDeviation("S" + i, 3, 3, m)).ToList();

        var row = Assert.Single(ShopperOutliers.Flag(shoppers));

        Assert.Equal(("S9", ShopperOutliers.Lenient), (row.ShopperId, row.Direction));
    }

    [Fact]
    public void FifteenPointsOffIsFlaggedButOnlyWithThreeComparableVisits()
    {
        var shoppers = new ShopperDeviation[] { new("strict", 3, 2, -15), new("few", 2, 2, -40), new("fine", 5, 3, 14) };

        var row = Assert.Single(ShopperOutliers.Flag(shoppers));

        Assert.Equal(("strict", ShopperOutliers.Strict), (row.ShopperId, row.Direction));
    }
}

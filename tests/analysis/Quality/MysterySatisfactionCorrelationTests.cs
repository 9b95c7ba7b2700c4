using Satisfaction.Analysis.Quality;

namespace Satisfaction.Analysis.Tests.Quality;

public sealed class MysterySatisfactionCorrelationTests
{
    // City A: x = 80, 85, 90, 95 (mean 87.5), y = 70, 75, 74, 85 (mean 76).
    // Σdx·dy = (−7.5)(−6) + (−2.5)(−1) + (2.5)(−2) + (7.5)(9) = 110; Σdx² = 125; Σdy² = 122;
    // r = 110 / √(125 × 122) = 0.890754.
    // The province: the six outlets having both, x = 80, 85, 90, 95, 70, 75 (mean 82.5), y = 70, 75, 74, 85, 60, 80
    // (mean 74): Σdx·dy = 280; Σdx² = 437.5; Σdy² = 370; r = 280 / √(437.5 × 370) = 0.695934.
    [Fact]
    public void RIsPearsonOverOutletsHavingBothMeasures()
    {
        var outlets = new OutletPair[]
        {
            new("A", 80, 70), new("A", 85, 75), new("A", 90, 74), new("A", 95, 85), new("A", null, 99), new("A", 60, null),
            new("B", 70, 60), new("B", 75, 80),
        };

        var rows = MysterySatisfactionCorrelation.Of("省", outlets);

        Assert.Equal(["省", "A", "B"], rows.Select(r => r.Scope));
        Assert.Equal(0.890754, rows[1].R!.Value, 6);
        Assert.Equal(4, rows[1].Outlets);
        Assert.Equal((null, 2), (rows[2].R, rows[2].Outlets));
        Assert.Equal(6, rows[0].Outlets);
        Assert.Equal(0.695934, rows[0].R!.Value, 6);
    }
}

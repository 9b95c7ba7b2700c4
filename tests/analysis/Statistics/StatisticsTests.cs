using Satisfaction.Analysis.Statistics;

namespace Satisfaction.Analysis.Tests.Statistics;

public sealed class StatisticsTests
{
    // Wikipedia, "Welch's t-test", example 1: t = −2.46, ν ≈ 25.0, p = 0.021.
    private static readonly double[] A = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    private static readonly double[] B = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

    [Fact]
    public void WelchsTestMatchesThePublishedExample()
    {
        var test = WelchTest.Compare(A, B)!;

        Assert.Equal(-2.46, test.T, 2);
        Assert.Equal(24.99, test.DegreesOfFreedom, 1);
        Assert.Equal(0.021, test.PValue, 3);
        Assert.True(test.Significant);
    }

    [Fact]
    public void SamplesFromTheSameValuesAreNotSignificantlyDifferent()
    {
        var test = WelchTest.Compare(A, A.Reverse().ToArray())!;

        Assert.Equal(0, test.T, 10);
        Assert.Equal(1, test.PValue, 10);
        Assert.False(test.Significant);
    }

    [Fact]
    public void ATestNeedsTwoValuesOnEachSide() =>
        Assert.Null(WelchTest.Compare([80.0], [70.0, 75.0]));

    // 80, 90, 100: mean 90, s = 10, half-width 1.96 × 10 / √3 = 11.3161.
    [Fact]
    public void TheIntervalIsMeanPlusMinus196StandardErrors()
    {
        var interval = MeanInterval.Of([80.0, 90.0, 100.0])!.Value;

        Assert.Equal(90, interval.Mean, 10);
        Assert.Equal(90 - 11.3161, interval.Low!.Value, 3);
        Assert.Equal(90 + 11.3161, interval.High!.Value, 3);
    }

    [Fact]
    public void OneValueHasAMeanButNoInterval()
    {
        var interval = MeanInterval.Of([75.0])!.Value;

        Assert.Equal((75.0, null, null), (interval.Mean, interval.Low, interval.High));
    }

    [Fact]
    public void PearsonIsOneForALineAndNullWithoutVariance()
    {
        Assert.Equal(1, Correlation.Pearson([1.0, 2, 3, 4], [10.0, 20, 30, 40])!.Value, 10);
        Assert.Equal(-1, Correlation.Pearson([1.0, 2, 3], [3.0, 2, 1])!.Value, 10);
        Assert.Null(Correlation.Pearson([1.0, 1, 1], [1.0, 2, 3]));
        Assert.Null(Correlation.Pearson([1.0, 2], [1.0, 2]));
    }
}

using Satisfaction.Reports.Pictures;
using Satisfaction.Reports.Tests.Support;
using SkiaSharp;

namespace Satisfaction.Reports.Tests.Pictures;

[Collection(SampleReportGroup.Name)]
public sealed class PictureRenderingTests(SampleReport sample)
{
    [Fact]
    public void TheQuadrantIsAPngOfTheDefaultSizeWithSomethingDrawn() => AssertDrawnPng(sample.QuadrantPng);

    [Fact]
    public void TheDistributionIsAPngOfTheDefaultSizeWithSomethingDrawn() => AssertDrawnPng(sample.DistributionPng);

    [Fact]
    public void TheQuadrantMeansAreTheUnweightedMeansOfItsPoints()
    {
        Assert.Equal(1.0 / 7, sample.Quadrant.MeanImportance, 9);
        Assert.Equal(SampleReport.Touchpoints.Average(p => p.Performance), sample.Quadrant.MeanPerformance, 9);
    }

    [Fact]
    public void ScoresFallInBinsOfFivePointsAndAHundredInTheLast()
    {
        var distribution = new ScoreDistribution { Title = "分布", Scores = [0, 4.9, 5, 99.9, 100] };
        var counts = distribution.Counts();
        Assert.Equal(20, counts.Count);
        Assert.Equal([2, 1], counts.Take(2));
        Assert.Equal(2, counts[^1]);
    }

    [Fact]
    public void AScoreOutsideZeroToAHundredIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreDistribution { Title = "分布", Scores = [101] }.Validate());

    private static void AssertDrawnPng(byte[] png)
    {
        Assert.Equal(PictureSize.Default, new PictureSize(PngHeader.Read(png).Width, PngHeader.Read(png).Height));
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(1000, bitmap.Width);
        Assert.Equal(700, bitmap.Height);
        var background = bitmap.GetPixel(0, 0);
        var differing = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                if (bitmap.GetPixel(x, y) != background)
                    differing++;
            }
        }

        Assert.True(differing > 1000, $"Only {differing} sampled pixels differ from the background.");
    }
}

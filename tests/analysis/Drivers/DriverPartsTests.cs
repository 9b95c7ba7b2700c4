using Satisfaction.Analysis.Drivers;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Tests.Drivers;

public sealed class DriverPartsTests
{
    // Mean importance 0.25, mean performance 70.
    [Theory]
    [InlineData(0.40, 60.0, DriverQuadrant.Priority)]
    [InlineData(0.40, 80.0, DriverQuadrant.Strength)]
    [InlineData(0.10, 60.0, DriverQuadrant.Secondary)]
    [InlineData(0.10, 80.0, DriverQuadrant.Maintain)]
    [InlineData(0.25, 70.0, DriverQuadrant.Strength)]
    [InlineData(0.25, 69.9, DriverQuadrant.Priority)]
    [InlineData(0.2499, 70.0, DriverQuadrant.Maintain)]
    public void TheQuadrantComparesWithTheMeans(double importance, double performance, string quadrant) =>
        Assert.Equal(quadrant, DriverQuadrant.Classify(importance, 0.25, performance, 70));

    [Fact]
    public void EqualSharesAreAllAtTheMeanImportance()
    {
        var shares = ImportanceShares.From([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);

        Assert.All(shares, s => Assert.Equal(DriverQuadrant.Strength, DriverQuadrant.Classify(s, shares.Average(), 80, 70)));
    }

    [Fact]
    public void NegativeDecreasesCountAsNothingAndSharesSumToOne()
    {
        var shares = ImportanceShares.From([0.375, -0.01, 0.125, double.NaN]);

        Assert.Equal([0.75, 0, 0.25, 0], shares);
    }

    [Fact]
    public void WithoutAnyDecreaseEveryTouchpointGetsAnEqualShare() =>
        Assert.Equal([0.25, 0.25, 0.25, 0.25], ImportanceShares.From([0.0, -0.2, 0.0, 0.0]));

    [Fact]
    public void AnNaTouchpointTakesTheScopeMeanBeforeStandardising()
    {
        DriverSample[] samples = [new(50, [10]), new(60, [float.NaN]), new(70, [30])];
        var (means, answered) = ScopeMeans.Of(samples, 1);

        var rows = ModelRows.Prepare(samples, [0], means).Build([0, 1, 2]);

        Assert.Equal((20.0, 2), (means[0], answered[0]));
        Assert.Equal(0f, rows[1, 0]);
        Assert.Equal(-rows[2, 0], rows[0, 0]);
        Assert.Equal(-Math.Sqrt(1.5), rows[0, 0], 5);
    }

    [Fact]
    public void TheDefaultTouchpointsLeaveOutS8AndOtherRoles()
    {
        SurveyQuestion[] questions =
        [
            new("S1", "营业环境", QuestionRole.Touchpoint, 15, 0, 10),
            new("S8", "投诉处理", QuestionRole.Touchpoint, 10, 0, 10),
            new("S7", "资费解释清晰", QuestionRole.Touchpoint, 10, 0, 10),
            new("S9", "总体满意度", QuestionRole.Overall, 0, 0, 10),
            new("S10", "推荐意愿", QuestionRole.Recommend, 0, 0, 10),
        ];

        Assert.Equal(["S1", "S7"], DriverTouchpoints.Select(questions).Select(q => q.Code));
        Assert.Equal(["S1", "S8"], DriverTouchpoints.Select(questions, ["s7"]).Select(q => q.Code));
    }

    [Fact]
    public void ARowSampleIsRepeatableSortedAndCapped()
    {
        var first = RowSample.Indices(10_000, 1_000, seed: 5);

        Assert.Equal(first, RowSample.Indices(10_000, 1_000, seed: 5));
        Assert.Equal(1_000, first.Distinct().Count());
        Assert.Equal(first.Order(), first);
        Assert.Equal(Enumerable.Range(0, 50), RowSample.Indices(50, 1_000, seed: 5));
    }

    [Fact]
    public void LimitsMustBePositive() =>
        Assert.Throws<ArgumentException>(() => new DriverLimits { MaxPermutations = 0 }.Validate());

    [Theory]
    [InlineData(200, 5)]
    [InlineData(40_000, 2)]
    [InlineData(100_000, 1)]
    public void SmallScopesAverageMoreShuffles(int rows, int permutations) =>
        Assert.Equal(permutations, DriverLimits.Default.PermutationsFor(rows));
}

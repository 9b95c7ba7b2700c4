using Satisfaction.Analysis.Mystery;

namespace Satisfaction.Analysis.Tests.Mystery;

public sealed class GradesAndRankingTests
{
    // Grades compare the score rounded to 2 decimals: 94.999 shows as 95.00 and is 优秀; 94.994 shows as 94.99.
    [Theory]
    [InlineData(100, "优秀")]
    [InlineData(95, "优秀")]
    [InlineData(94.999, "优秀")]
    [InlineData(94.994, "良好")]
    [InlineData(90, "良好")]
    [InlineData(89.994, "达标")]
    [InlineData(80, "达标")]
    [InlineData(79.99, "待改进")]
    [InlineData(0, "待改进")]
    public void GradesFollowTheRoundedScore(double score, string grade) =>
        Assert.Equal(grade, Grades.Of(score));

    [Fact]
    public void EqualScoresShareTheBestRankAndTheNextIsSkipped()
    {
        var ranks = Ranking.Competition([90, 85, 85, 70], [true, true, true, true]);

        Assert.Equal([1, 2, 2, 4], ranks);
    }

    // 85.004 and 84.996 both round to 85.00, so they tie; 85.005 rounds away from zero to 85.01.
    [Fact]
    public void ScoresAreComparedRoundedToTwoDecimals()
    {
        var ranks = Ranking.Competition([85.004, 84.996, 85.0051], [true, true, true]);

        Assert.Equal([2, 2, 1], ranks);
    }

    [Fact]
    public void IneligibleEntriesHaveNoRankAndTakeNoPlace()
    {
        var ranks = Ranking.Competition([99, 80, 90, 70], [false, true, true, true]);

        Assert.Equal([null, 2, 1, 3], ranks);
    }

    [Fact]
    public void RanksDoNotDependOnInputOrder()
    {
        var random = new Random(7);
        var scores = Enumerable.Range(0, 300).Select(_ => Math.Round(random.NextDouble() * 40 + 60, 1)).ToArray();
        var eligible = scores.Select((_, i) => i % 5 != 0).ToArray();
        var ranks = Ranking.Competition(scores, eligible);

        for (var round = 0; round < 20; round++)
        {
            var order = Enumerable.Range(0, scores.Length).OrderBy(_ => random.Next()).ToArray();
            var shuffled = Ranking.Competition([.. order.Select(i => scores[i])], [.. order.Select(i => eligible[i])]);

            Assert.Equal(order.Select(i => ranks[i]), shuffled);
        }
    }

    [Fact]
    public void MismatchedListsAreRejected() =>
        Assert.Throws<ArgumentException>(() => Ranking.Competition([1.0, 2.0], [true]));
}

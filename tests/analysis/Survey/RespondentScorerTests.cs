using Satisfaction.Analysis.Survey;
using static Satisfaction.Analysis.Tests.Survey.SurveyFixtures;

namespace Satisfaction.Analysis.Tests.Survey;

public sealed class RespondentScorerTests
{
    private static readonly RespondentScorer Scorer = new(Scheme);
    private static readonly double[] Weights = [15, 15, 10, 20, 15, 15, 10, 10];

    // 0–10: 8 → 100 × 8 / 10 = 80 on every touchpoint, so the index is 80; S9 = 7 → 70; S10 stays raw 9.
    [Fact]
    public void AnswersConvertOnAZeroToTenScale()
    {
        var score = Scorer.Score(Flat(Outlet("A", "001"), 8, 7, 9));

        Assert.Equal(80, score.Index!.Value, 10);
        Assert.Equal((70.0, 7.0, 9.0), (score.Overall!.Value, score.OverallAnswer!.Value, score.RecommendAnswer!.Value));
        Assert.All(score.Touchpoints.ToArray(), t => Assert.Equal(80, t!.Value, 10));
    }

    // 1–5: 4 → 100 × (4 − 1) / (5 − 1) = 75; S9 = 2 → 100 × 1 / 4 = 25.
    [Fact]
    public void AnswersConvertOnAOneToFiveScale()
    {
        var score = new RespondentScorer(OneToFive).Score(Flat(Outlet("A", "001"), 4, 2, 5));

        Assert.Equal(75, score.Index!.Value, 10);
        Assert.Equal(25, score.Overall!.Value, 10);
    }

    // S8 N/A: weights 15+15+10+20+15+15+10 = 100 (not 110); S1–S3 at 100, S4–S7 at 0 → 100 × (15+15+10) / 100 = 40
    // (counting S8 as 0 would give 4000 / 110 = 36.36).
    [Fact]
    public void TouchpointWeightsAreRenormalisedWhenS8IsNotApplicable()
    {
        var score = Scorer.Score(Response(Outlet("A", "001"), 10, 10, 10, 0, 0, 0, 0, null, 5, 5));

        Assert.Equal(40, score.Index!.Value, 10);
        Assert.Null(score.Touchpoints.Span[7]);
    }

    [Fact]
    public void ARespondentWithNoAnsweredTouchpointHasNoIndex()
    {
        var score = Scorer.Score(Response(Outlet("A", "001"), null, null, null, null, null, null, null, null, 9, 9));

        Assert.Null(score.Index);
        Assert.Equal(90, score.Overall!.Value, 10);
    }

    // Each answered touchpoint at 10 × its answer, weighted by the weights of the answered ones only; no index
    // when none is answered. Computed here the long way, for 2,000 random respondents with N/A anywhere.
    [Fact]
    public void WithTouchpointsNotApplicableTheIndexIsTheWeightedMeanOfTheAnsweredOnes()
    {
        var random = new Random(7);
        var responses = Enumerable.Range(0, 2000)
            .Select(_ => Enumerable.Range(0, 10).Select(_ => random.Next(-1, 11) is var v && v < 0 ? (double?)null : v).ToArray())
            .Append([null, null, null, null, null, null, null, null, 9, 9])
            .ToList();

        var scores = Scorer.ScoreAll([.. responses.Select(a => Response(Outlet("A", "001"), a))]);

        for (var n = 0; n < responses.Count; n++)
        {
            var answered = Enumerable.Range(0, 8).Where(i => responses[n][i] is not null).ToList();
            double? expected = answered.Count == 0 ? null : answered.Sum(i => Weights[i] * 10 * responses[n][i]!.Value) / answered.Sum(i => Weights[i]);
            Assert.Equal(expected is null, scores[n].Index is null);
            Assert.Equal(expected ?? 0, scores[n].Index ?? 0, 9);
        }

        Assert.Contains(scores, s => s.Index is null);
    }

    [Fact]
    public void WithNothingNotApplicableTheIndexIsThePlainWeightedMean()
    {
        var random = new Random(11);
        for (var n = 0; n < 200; n++)
        {
            var answers = Enumerable.Range(0, 8).Select(_ => (double)random.Next(0, 11)).ToArray();
            var plain = answers.Select((a, i) => Weights[i] * 10 * a).Sum() / Weights.Sum();

            var score = Scorer.Score(Response(Outlet("A", "001"), [.. answers.Select(a => (double?)a), 5, 5]));

            Assert.Equal(plain, score.Index!.Value, 9);
        }
    }

    [Fact]
    public void ScoringInBulkGivesTheSameScoresAsOneByOne()
    {
        var responses = new[] { Flat(Outlet("A", "001"), 6, 5, 3), Response(Outlet("A", "002"), 1, 2, 3, null, 5, 6, 7, 8, null, 10) };

        var bulk = Scorer.ScoreAll(responses);

        for (var i = 0; i < responses.Length; i++)
        {
            var one = Scorer.Score(responses[i]);
            Assert.Equal((one.Index, one.Overall, one.RecommendAnswer), (bulk[i].Index, bulk[i].Overall, bulk[i].RecommendAnswer));
            Assert.Equal(one.Touchpoints.ToArray(), bulk[i].Touchpoints.ToArray());
        }
    }

    // Large batches are scored in parallel ranges; every place still holds its own response's score.
    [Fact]
    public void ALargeBatchScoredInParallelKeepsEachResponseInItsPlace()
    {
        var distinct = Enumerable.Range(0, 11).Select(v => Flat(Outlet("A", "001"), v)).ToArray();
        var responses = Enumerable.Range(0, 120_000).Select(i => distinct[i % 11]).ToList();

        var bulk = Scorer.ScoreAll(responses);

        Assert.All(Enumerable.Range(0, bulk.Length), i => Assert.Equal(10.0 * (i % 11), bulk[i].Index!.Value, 10));
        Assert.All(Enumerable.Range(0, bulk.Length), i => Assert.Equal(10.0 * (i % 11), bulk[i].Touchpoints.Span[7]!.Value, 10));
    }
}

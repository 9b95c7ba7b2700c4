using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Survey;
using Satisfaction.Ingest.Scheme;
using static Satisfaction.Analysis.Tests.Survey.SurveyFixtures;

namespace Satisfaction.Analysis.Tests.Survey;

public sealed class SatisfactionAggregatorTests
{
    private static readonly ScoringScheme AnySample = Scheme with { MinResponses = 1 };

    private static SatisfactionSummary Summarize(ScoringScheme scheme, params ResponseRecord[] now) =>
        new SatisfactionAggregator(scheme).Summarize("scope", new RespondentScorer(scheme).ScoreAll(now), []);

    private static ProvinceSatisfaction Aggregate(ScoringScheme scheme, IReadOnlyList<ResponseRecord> now, IReadOnlyList<ResponseRecord> before)
    {
        var scorer = new RespondentScorer(scheme);
        return new SatisfactionAggregator(scheme).Aggregate(Province, scorer.ScoreAll(now), scorer.ScoreAll(before));
    }

    // Indices 80, 90, 100: mean 90, s = 10, interval 90 ± 1.96 × 10 / √3 = 90 ± 11.3161.
    [Fact]
    public void TheIndexIsTheMeanOfRespondentIndicesWithItsInterval()
    {
        var o = Outlet("A", "001");
        var index = Summarize(Scheme, Flat(o, 8), Flat(o, 9), Flat(o, 10)).Index!.Value;

        Assert.Equal((90, 3), (index.Mean, index.N));
        Assert.Equal(90 - 11.3161, index.Low!.Value, 3);
        Assert.Equal(90 + 11.3161, index.High!.Value, 3);
    }

    // S9 on 0–10: 10, 9, 8, 5 → top two (9–10) 2 of 4 = 0.5; overall = (100+90+80+50)/4 = 80.
    // S9 on 1–5: 5, 4, 3, 1 → top two (4–5) 2 of 4 = 0.5.
    [Fact]
    public void Top2CountsTheTopTwoScalePoints()
    {
        var o = Outlet("A", "001");
        var tenPoint = Summarize(Scheme, Flat(o, 5, 10), Flat(o, 5, 9), Flat(o, 5, 8), Flat(o, 5, 5));
        var fivePoint = Summarize(OneToFive, Flat(o, 3, 5), Flat(o, 3, 4), Flat(o, 3, 3), Flat(o, 3, 1));

        Assert.Equal((0.5, 80.0), (tenPoint.Top2, tenPoint.Overall));
        Assert.Equal(0.5, fivePoint.Top2);
    }

    // S10 10, 9, 8, 7, 6, 0 → 100 × (2/6 − 2/6) = 0; 10, 10, 9, 5 (and one unanswered) → 100 × (3/4 − 1/4) = 50.
    [Fact]
    public void NpsIsPromotersLessDetractorsOverAnsweredRecommend()
    {
        var o = Outlet("A", "001");
        var even = Summarize(Scheme, [.. new double[] { 10, 9, 8, 7, 6, 0 }.Select(r => Flat(o, 5, 5, r))]);
        var positive = Summarize(Scheme, Flat(o, 5, 5, 10), Flat(o, 5, 5, 10), Flat(o, 5, 5, 9), Flat(o, 5, 5, 5), Flat(o, 5, 5));

        Assert.Equal(0, even.Nps!.Value, 10);
        Assert.Equal(50, positive.Nps!.Value, 10);
        Assert.Equal(5, positive.SampleSize);
    }

    [Fact]
    public void AnOutletBelowMinResponsesIsListedWithoutRank()
    {
        var scheme = Scheme with { MinResponses = 3 };
        var (small, enough) = (Outlet("A", "001"), Outlet("A", "002"));

        var rows = Aggregate(scheme, [Flat(small, 9), Flat(small, 9), Flat(enough, 5), Flat(enough, 5), Flat(enough, 5)], []).OutletsByCity["A"];

        Assert.Equal([("002", 1, false), ("001", (int?)null, true)], rows.Select(r => (r.Code!, r.Rank, r.InsufficientSample)));
        Assert.Equal(2, rows[1].SampleSize);
    }

    // Indices 90, 80, 80.004 (80.00 when rounded), 70 → ranks 1, 2, 2, 4.
    [Fact]
    public void EqualRoundedIndicesShareARankAndTheNextIsSkipped()
    {
        var now = new[] { Flat(Outlet("A", "1"), 9), Flat(Outlet("A", "2"), 8), Flat(Outlet("A", "3"), 8.0004), Flat(Outlet("A", "4"), 7) };

        var rows = Aggregate(AnySample, now, []).OutletsByCity["A"];

        Assert.Equal([("1", 1), ("2", 2), ("3", 2), ("4", 4)], rows.Select(r => (r.Code!, r.Rank!.Value)));
    }

    // City A: three respondents at 90 in one outlet, one at 50 in another → (270 + 50) / 4 = 80, not (90 + 50) / 2.
    [Fact]
    public void ACityIndexWeighsRespondentsNotOutlets()
    {
        var (big, small) = (Outlet("A", "001"), Outlet("A", "002"));
        var result = Aggregate(AnySample, [Flat(big, 9), Flat(big, 9), Flat(big, 9), Flat(small, 5), Flat(Outlet("B", "003"), 9)], []);

        Assert.Equal([("B", 1, 90.0, 1), ("A", 2, 80.0, 4)], result.Cities.Select(c => (c.Name, c.Rank!.Value, c.Index!.Value, c.SampleSize)));
        Assert.Equal(5, result.Province.SampleSize);
    }

    // Now 80, 82, 84, 86, 88 (mean 84, s² = 10); before 60 … 68 (mean 64, s² = 10): change 20, t = 20 / √(10/5 + 10/5) = 10.
    [Fact]
    public void TheChangeAgainstThePreviousPeriodIsTestedForSignificance()
    {
        var o = Outlet("A", "001");
        var result = Aggregate(AnySample, [.. new[] { 8, 8.2, 8.4, 8.6, 8.8 }.Select(v => Flat(o, v))], [.. new[] { 6, 6.2, 6.4, 6.6, 6.8 }.Select(v => Flat(o, v))]);

        foreach (var (previous, change, test) in new[] { (result.Province.PreviousIndex, result.Province.Change, result.Province.ChangeTest), (result.Cities[0].PreviousIndex, result.Cities[0].Change, result.Cities[0].ChangeTest) })
        {
            Assert.Equal(64, previous!.Value, 9);
            Assert.Equal(20, change!.Value, 9);
            Assert.Equal(10, test!.T, 9);
            Assert.True(test.Significant);
        }
    }

    [Fact]
    public void RespondentsOfAnotherProvinceAreLeftOut()
    {
        var elsewhere = new Ingest.Outlets.Outlet("湖南", "A", "009", "营业厅009", [], null);
        var result = Aggregate(AnySample, [Flat(Outlet("A", "001"), 9), Flat(elsewhere, 1)], []);

        Assert.Equal((1, 90.0), (result.Province.SampleSize, result.Province.Index!.Value.Mean));
        Assert.Equal(["001"], result.OutletsByCity["A"].Select(r => r.Code!));
    }

    [Fact]
    public void WithoutAPreviousPeriodThereIsNoChange()
    {
        var city = Aggregate(AnySample, [Flat(Outlet("A", "001"), 9), Flat(Outlet("A", "001"), 8)], []).Cities[0];

        Assert.Equal((null, null, null), (city.PreviousIndex, city.Change, city.ChangeTest));
    }

    [Fact]
    public void TheOrderOfRespondentsDoesNotChangeTheResults()
    {
        var random = new Random(3);
        var outlets = Enumerable.Range(0, 12).Select(i => Outlet(i % 3 == 0 ? "A" : "B", i.ToString("000"))).ToArray();
        var now = Enumerable.Range(0, 600).Select(_ => Flat(outlets[random.Next(12)], random.Next(11), random.Next(11), random.Next(11))).ToList();
        var before = Enumerable.Range(0, 300).Select(_ => Flat(outlets[random.Next(12)], random.Next(11))).ToList();

        var ordered = Aggregate(Scheme with { MinResponses = 40 }, now, before);
        var shuffled = Aggregate(Scheme with { MinResponses = 40 }, [.. now.OrderBy(_ => random.Next())], [.. before.OrderBy(_ => random.Next())]);

        Assert.Equal(Fingerprint(ordered), Fingerprint(shuffled));
    }

    private static List<string> Fingerprint(ProvinceSatisfaction p) =>
        [.. p.Cities.Concat(p.OutletsByCity.OrderBy(c => c.Key, StringComparer.Ordinal).SelectMany(c => c.Value))
            .Select(r => FormattableString.Invariant($"{r.Name} {r.Code} {r.Rank} {r.Index:F9} {r.IndexLow:F9} {r.Overall:F9} {r.Top2:F9} {r.Nps:F9} {r.SampleSize} {r.InsufficientSample} {r.Change:F9} {r.ChangeTest?.PValue:F9}"))
            .Append(FormattableString.Invariant($"{p.Province.Index?.Mean:F9} {p.Province.Nps:F9} {p.Province.SampleSize}"))];
}

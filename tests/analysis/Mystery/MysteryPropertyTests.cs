using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Mystery;
using Satisfaction.Ingest.Scheme;
using static Satisfaction.Analysis.Tests.Mystery.MysteryFixtures;

namespace Satisfaction.Analysis.Tests.Mystery;

/// <summary>Properties over a few hundred seeded random visits with the shipped scheme.</summary>
public sealed class MysteryPropertyTests
{
    private static readonly List<VisitRecord> Visits = RandomVisits.Make(Sample, 600, seed: 20260701);

    public static TheoryData<VetoMode, double, Aggregation> Modes => new()
    {
        { VetoMode.Zero, 0, Aggregation.Outlet },
        { VetoMode.Cap, 60, Aggregation.Visit },
        { VetoMode.Deduct, 30, Aggregation.Outlet },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryScoreStaysWithinZeroToOneHundred(VetoMode mode, double amount, Aggregation aggregation)
    {
        var result = MysteryAggregator.Aggregate(Visits, Sample with { Veto = new VetoRule(mode, amount), Aggregation = aggregation });

        Assert.Contains(result.Visits, v => v.Vetoed);
        var scores = result.Visits.SelectMany(v => v.Dimensions.Append(v.Score).Append(v.RawScore))
            .Concat(result.Outlets.SelectMany(o => o.Dimensions.Append(o.Score)))
            .Concat(result.Cities.Concat(result.Provinces).SelectMany(a => a.Dimensions.Append(a.Score)));
        Assert.All(scores.OfType<double>(), s => Assert.InRange(s, 0, 100));
        Assert.All(result.Visits, v => Assert.True(v.Score <= v.RawScore));
    }

    [Fact]
    public void RanksAndScoresDoNotDependOnTheOrderOfVisits()
    {
        var random = new Random(11);
        var shuffled = Visits.OrderBy(_ => random.Next()).ToList();

        var a = MysteryAggregator.Aggregate(Visits, Sample);
        var b = MysteryAggregator.Aggregate(shuffled, Sample);

        foreach (var province in a.Provinces.Select(p => p.Province))
        {
            Assert.Equal(OutletRankings.ForProvince(a, a, province), OutletRankings.ForProvince(b, b, province), RowComparer.Instance);
            Assert.Equal(
                CityRankings.Build(a, a, province).Select(r => (r.Rank, r.City, r.Score)),
                CityRankings.Build(b, b, province).Select(r => (r.Rank, r.City, r.Score)));
        }
    }

    [Fact]
    public void RenamingCodesAndKeysConsistentlyChangesNothing()
    {
        var renamed = Sample with
        {
            Dimensions = [.. Sample.Dimensions.Select(d => d with { Key = "k" + d.Key })],
            Items = [.. Sample.Items.Select(i => i with { Code = "Z" + i.Code, DimensionKey = i.DimensionKey is null ? null : "k" + i.DimensionKey })],
        };
        var renamedVisits = Visits.Select(v => v with { Answers = v.Answers.ToDictionary(p => "Z" + p.Key, p => p.Value) });

        var a = MysteryAggregator.Aggregate(Visits, Sample);
        var b = MysteryAggregator.Aggregate(renamedVisits, renamed);

        Assert.Equal(a.Visits.Select(v => (v.Score, v.RawScore)), b.Visits.Select(v => (v.Score, v.RawScore)));
        Assert.Equal(a.Visits.SelectMany(v => v.Dimensions), b.Visits.SelectMany(v => v.Dimensions));
        Assert.Equal(a.Visits.SelectMany(v => v.FailedVetoItems.Select(c => "Z" + c)), b.Visits.SelectMany(v => v.FailedVetoItems));
        Assert.Equal(a.Cities.Select(c => c.Score), b.Cities.Select(c => c.Score));
    }

    // With nothing N/A, Σ w_d S_d / Σ w_d over the applicable dimensions is the plain weighted mean with the
    // scheme's weights (they sum to 100).
    [Fact]
    public void RenormalisationIsThePlainWeightedMeanWhenNothingIsNotApplicable()
    {
        var scorer = new VisitScorer(Sample);
        foreach (var visit in RandomVisits.Make(Sample, 300, seed: 5, notApplicable: 0, vetoFail: 0))
        {
            var score = scorer.Score(visit)!;

            var plain = Sample.Dimensions.Select((d, i) => d.Weight * score.Dimensions[i]!.Value).Sum() / 100;
            Assert.Equal(plain, score.Score, 9);
        }
    }

    // With one dimension N/A, the score is the weighted mean of the others with their own weights.
    [Fact]
    public void ANotApplicableDimensionDropsOutWithItsWeight()
    {
        var scorer = new VisitScorer(Sample);
        var handling = Sample.Items.Where(i => i.DimensionKey == "handling").Select(i => i.Code).ToHashSet();
        foreach (var visit in RandomVisits.Make(Sample, 300, seed: 6, notApplicable: 0, vetoFail: 0))
        {
            var without = visit with { Answers = visit.Answers.Where(p => !handling.Contains(p.Key)).ToDictionary() };

            var score = scorer.Score(without)!;

            Assert.Null(score.Dimensions[3]);
            var expected = ((20 * score.Dimensions[0]!.Value) + (15 * score.Dimensions[1]!.Value)
                + (15 * score.Dimensions[2]!.Value) + (20 * score.Dimensions[4]!.Value)) / 70;
            Assert.Equal(expected, score.Score, 9);
        }
    }

    private sealed class RowComparer : IEqualityComparer<Satisfaction.Analysis.Reporting.OutletRankingRow>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(Satisfaction.Analysis.Reporting.OutletRankingRow? x, Satisfaction.Analysis.Reporting.OutletRankingRow? y) =>
            (x!.Rank, x.OutletCode, x.Visits, x.Grade) == (y!.Rank, y.OutletCode, y.Visits, y.Grade) && Math.Abs(x.Score - y.Score) < 1e-9;

        public int GetHashCode(Satisfaction.Analysis.Reporting.OutletRankingRow obj) => obj.OutletCode.GetHashCode(StringComparison.Ordinal);
    }
}

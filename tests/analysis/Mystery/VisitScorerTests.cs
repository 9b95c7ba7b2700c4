using Satisfaction.Analysis.Mystery;
using Satisfaction.Ingest.Scheme;
using static Satisfaction.Analysis.Tests.Mystery.MysteryFixtures;

namespace Satisfaction.Analysis.Tests.Mystery;

public sealed class VisitScorerTests
{
    // a: A1 yes 3 + A2 no 0 + A3 4 = 7 of 10 → 70; b: B1 N/A, B2 6 of 6 → 100.
    // visit = (2 × 70 + 1 × 100) / 3 = 80.
    private const string Eighty = "A1=Y A2=N A3=4 B1=- B2=6 V1=Y V2=Y";

    [Fact]
    public void DimensionsAreEarnedOverPossibleAndTheVisitIsTheirWeightedMean()
    {
        var score = VisitScorer.Score(Visit(Eighty), Tiny)!;

        Assert.Equal([70.0, 100.0], score.Dimensions);
        Assert.Equal(80, score.Score, 10);
        Assert.Equal(80, score.RawScore, 10);
        Assert.False(score.Vetoed);
    }

    // b has no applicable item (B1 N/A, B2 missing), nor does A3: a = 100 × (3 + 0) / (3 + 2) = 60,
    // and the weights renormalise over a alone → visit 60.
    [Fact]
    public void AMissingAnswerIsNotApplicableAndTheWeightsAreRenormalised()
    {
        var score = VisitScorer.Score(Visit("A1=Y A2=N B1=-"), Tiny)!;

        Assert.Equal([60.0, null], score.Dimensions);
        Assert.Equal(60, score.Score, 10);
    }

    // Codes match whatever their case; answers to codes the scheme does not know are ignored.
    [Fact]
    public void AnswersAreMatchedByCodeIgnoringCaseAndUnknownCodesAreIgnored()
    {
        var score = VisitScorer.Score(Visit("a1=Y a2=N X9=N"), Tiny)!;

        Assert.Equal([60.0, null], score.Dimensions);
        Assert.False(score.Vetoed);
    }

    [Fact]
    public void AVisitWithNoApplicableDimensionHasNoScore() =>
        Assert.Null(VisitScorer.Score(Visit("A1=- B2=- V1=Y"), Tiny));

    // Raw 80, dimensions 70 and 100 whatever the veto does.
    [Theory]
    [InlineData(VetoMode.Zero, 0, 0)]
    [InlineData(VetoMode.Cap, 60, 60)]
    [InlineData(VetoMode.Deduct, 30, 50)]
    [InlineData(VetoMode.Cap, 90, 80)]
    [InlineData(VetoMode.Deduct, 95, 0)]
    public void AFailedVetoAppliesTheSchemesModeButLeavesDimensionsAlone(VetoMode mode, double amount, double expected)
    {
        var scheme = Tiny with { Veto = new VetoRule(mode, amount) };

        var score = VisitScorer.Score(Visit(Eighty.Replace("V1=Y", "V1=N", StringComparison.Ordinal)), scheme)!;

        Assert.True(score.Vetoed);
        Assert.Equal(expected, score.Score, 10);
        Assert.Equal(80, score.RawScore, 10);
        Assert.Equal([70.0, 100.0], score.Dimensions);
    }

    [Fact]
    public void FailedVetoItemsAreListedInSchemeOrderAndZeroCountsAsNo()
    {
        var score = VisitScorer.Score(Visit("V2=N A1=Y V1=0"), Tiny)!;

        Assert.Equal(["V1", "V2"], score.FailedVetoItems);
        Assert.Equal(0, score.Score);
        Assert.Equal(100, score.RawScore, 10);
    }

    [Fact]
    public void AVetoItemThatIsNotApplicableOrPassedDoesNotVeto()
    {
        var score = VisitScorer.Score(Visit("A1=Y V1=- V2=1"), Tiny)!;

        Assert.False(score.Vetoed);
        Assert.Equal(100, score.Score);
    }

    // A number on a yes/no item: 0 is no, anything above (1 or the max) is yes. A1 max 3, A2 max 2:
    // "A1=1 A2=0" → (3 + 0) / 5 = 60; "A1=3 A2=2" → 100.
    [Theory]
    [InlineData("A1=1 A2=0", 60)]
    [InlineData("A1=3 A2=2", 100)]
    [InlineData("A1=0 A2=1", 40)]
    public void ANumberOnAYesNoItemIsReadAsYesWhenAboveZero(string answers, double expected) =>
        Assert.Equal(expected, VisitScorer.Score(Visit(answers), Tiny)!.Score, 10);

    // Yes and no on a points item: A3 yes = 5, no = 0; with A1 yes: (3 + 5) / 8 = 100, (3 + 0) / 8 = 37.5.
    [Theory]
    [InlineData("A1=Y A3=Y", 100)]
    [InlineData("A1=Y A3=N", 37.5)]
    public void YesAndNoOnAPointsItemEarnAllOrNothing(string answers, double expected) =>
        Assert.Equal(expected, VisitScorer.Score(Visit(answers), Tiny)!.Score, 10);

    [Theory]
    [InlineData("A3=5.5")]
    [InlineData("A3=-1")]
    [InlineData("A1=-1")]
    public void AnAnswerOutsideItsRangeIsAProgrammingErrorNamingVisitAndItem(string answers)
    {
        var error = Assert.Throws<ArgumentException>(() => VisitScorer.Score(Visit(answers, id: "X-42"), Tiny));

        Assert.Contains("X-42", error.Message, StringComparison.Ordinal);
        Assert.Contains(answers[..2], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedSchemeScoresAPerfectVisitAtOneHundred()
    {
        var all = string.Join(' ', Sample.Items.Select(i => i.Code + "=Y"));

        var score = VisitScorer.Score(Visit(all), Sample)!;

        Assert.Equal(100, score.Score, 10);
        Assert.All(score.Dimensions, d => Assert.Equal(100, d!.Value, 10));
    }
}

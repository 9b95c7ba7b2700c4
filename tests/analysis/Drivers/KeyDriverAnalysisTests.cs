using Satisfaction.Analysis.Drivers;

namespace Satisfaction.Analysis.Tests.Drivers;

public sealed class KeyDriverAnalysisTests
{
    private static readonly List<DriverSample> Planted = PlantedSurvey.Respondents(2_000);

    [Fact]
    public void ThePlantedDriversComeFirstAndSecond()
    {
        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, Planted, minResponses: 200);

        var ranked = result.Rows.OrderByDescending(r => r.Importance).Select(r => r.Code).ToArray();
        Assert.Equal(["S4", "S6"], ranked[..2]);
        Assert.True(result.RSquared > 0.9, $"R² {result.RSquared}");
        Assert.Equal(2_000, result.Respondents);
        Assert.Null(result.SkippedReason);
    }

    [Fact]
    public void RowsFollowTheSchemeOrderAndSharesSumToOne()
    {
        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, Planted, minResponses: 200);

        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6", "S7"], result.Rows.Select(r => r.Code));
        Assert.Equal(1.0, result.Rows.Sum(r => r.Importance), 1e-9);
        Assert.All(result.Rows, r => Assert.InRange(r.Importance, 0, 1));
    }

    // Mean performance of the centres is 67.9: S4 (45) is important and weak, S6 (88) important and strong,
    // S3 (60) and S7 (65) unimportant and weak, S1, S2, S5 unimportant and strong.
    [Fact]
    public void QuadrantsPlaceTheImportantWeakTouchpointFirstInLine()
    {
        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, Planted, minResponses: 200);

        var quadrants = result.Rows.ToDictionary(r => r.Code, r => r.Quadrant);
        Assert.Equal(DriverQuadrant.Priority, quadrants["S4"]);
        Assert.Equal(DriverQuadrant.Strength, quadrants["S6"]);
        Assert.Equal(DriverQuadrant.Secondary, quadrants["S3"]);
        Assert.Equal(DriverQuadrant.Secondary, quadrants["S7"]);
        Assert.Equal(DriverQuadrant.Maintain, quadrants["S1"]);
        Assert.Equal(DriverQuadrant.Maintain, quadrants["S2"]);
        Assert.Equal(DriverQuadrant.Maintain, quadrants["S5"]);
    }

    [Fact]
    public void PerformanceIsTheTouchpointsMeanConvertedScore()
    {
        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, Planted, minResponses: 200);

        for (var t = 0; t < PlantedSurvey.Touchpoints.Count; t++)
        {
            Assert.Equal(Planted.Average(s => (double)s.Touchpoints[t]), result.Rows[t].Performance, 9);
        }
    }

    [Fact]
    public void TheSameInputGivesTheSameResultTwice()
    {
        var first = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, Planted, minResponses: 200, seed: 3);
        var second = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, Planted, minResponses: 200, seed: 3);

        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(first.RSquared, second.RSquared);
    }

    [Fact]
    public void AScopeBelowMinDriverResponsesIsSkippedWithTheReason()
    {
        var samples = PlantedSurvey.Respondents(150).Concat(NoOverall(PlantedSurvey.Respondents(100, seed: 8))).ToList();

        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, samples, minResponses: 200);

        Assert.True(result.Skipped);
        Assert.Empty(result.Rows);
        Assert.Equal(150, result.Respondents);
        Assert.StartsWith("样本不足：仅 150 位受访者回答了总体满意度（至少需要 200", result.SkippedReason, StringComparison.Ordinal);
        Assert.Contains("too few respondents: 150 answered the overall question, 200 needed", result.SkippedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void RespondentsWithoutOverallAreNotModelledButCountInPerformance()
    {
        var extra = NoOverall([new DriverSample(0, [100, 100, 100, 100, 100, 100, 100])]);
        var samples = Planted.Concat(extra).ToList();

        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, samples, minResponses: 200);

        Assert.Equal(2_000, result.Respondents);
        Assert.Equal(samples.Average(s => (double)s.Touchpoints[0]), result.Rows[0].Performance, 9);
    }

    [Fact]
    public void NotApplicableTouchpointsAreImputedAndLeftOutOfPerformance()
    {
        var samples = Planted.Select((s, i) => i % 4 == 0 ? s with { Touchpoints = WithNa(s.Touchpoints, 2) } : s).ToList();

        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, samples, minResponses: 200);

        var answeredS3 = samples.Select(s => s.Touchpoints[2]).Where(float.IsFinite).Average(x => (double)x);
        Assert.Equal(answeredS3, result.Rows[2].Performance, 9);
        Assert.Equal(["S4", "S6"], result.Rows.OrderByDescending(r => r.Importance).Select(r => r.Code).Take(2));
    }

    [Fact]
    public void ATouchpointNobodyAnsweredIsLeftOutAndNamed()
    {
        var samples = Planted.Select(s => s with { Touchpoints = WithNa(s.Touchpoints, 6) }).ToList();

        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, samples, minResponses: 200);

        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6"], result.Rows.Select(r => r.Code));
        Assert.Equal(["S7"], result.Unanswered);
        Assert.Equal(1.0, result.Rows.Sum(r => r.Importance), 1e-9);
    }

    [Fact]
    public void CapsSampleTheRowsAndKeepTheDrivers()
    {
        var limits = new DriverLimits { MaxRows = 800 };

        var result = KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, Planted, minResponses: 200, limits: limits);

        Assert.Equal((2_000, 800), (result.Respondents, result.ModelledRows));
        Assert.Equal(["S4", "S6"], result.Rows.OrderByDescending(r => r.Importance).Select(r => r.Code).Take(2));
    }

    [Fact]
    public void ASampleWithTheWrongNumberOfTouchpointsIsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() =>
            KeyDriverAnalysis.Run(PlantedSurvey.Touchpoints, [new DriverSample(50, [1, 2, 3])], minResponses: 1));

    private static IEnumerable<DriverSample> NoOverall(IEnumerable<DriverSample> samples) =>
        samples.Select(s => s with { Overall = float.NaN });

    private static float[] WithNa(float[] scores, int index)
    {
        var copy = (float[])scores.Clone();
        copy[index] = float.NaN;
        return copy;
    }
}

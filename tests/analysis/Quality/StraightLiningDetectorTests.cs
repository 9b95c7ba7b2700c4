using Satisfaction.Analysis.Quality;
using static Satisfaction.Analysis.Tests.Survey.SurveyFixtures;

namespace Satisfaction.Analysis.Tests.Quality;

public sealed class StraightLiningDetectorTests
{
    private static readonly StraightLiningDetector Detector = new(Scheme);

    [Fact]
    public void EveryAnsweredTouchpointTheSameIsStraightLining()
    {
        var o = Outlet("A", "001");
        var allEights = Response(o, 8, 8, 8, 8, 8, 8, 8, null, 3, 2);

        var row = Assert.Single(Detector.Find([allEights]));

        Assert.Equal((allEights.RespondentId, "A", "001", 8.0, 7), (row.RespondentId, row.City, row.OutletCode, row.Answer, row.Touchpoints));
    }

    // Five equal answers are enough (S6–S8 N/A); four are not; one different answer clears the response.
    [Fact]
    public void FiveAnsweredTouchpointsAreNeededAndOneDifferentAnswerClears()
    {
        var o = Outlet("A", "001");
        var five = Response(o, 7, 7, 7, 7, 7, null, null, null, 7, 7);
        var four = Response(o, 7, 7, 7, 7, null, null, null, null, 7, 7);
        var oneDifferent = Response(o, 9, 9, 9, 9, 9, 9, 9, 8, 9, 9);

        var rows = Detector.Find([five, four, oneDifferent]);

        Assert.Equal([(five.RespondentId, 5)], rows.Select(r => (r.RespondentId, r.Touchpoints)));
    }
}

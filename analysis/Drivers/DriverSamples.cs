using Satisfaction.Analysis.Survey;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Drivers;

/// <summary>Builds <see cref="DriverSample"/>s from scored respondents: converted scores 100 × (x − lo) / (hi − lo) (SCORING.md 2.2) as floats.</summary>
public static class DriverSamples
{
    /// <summary>
    /// The samples of respondents scored already (<see cref="RespondentScorer"/> converted their answers by the same
    /// formula): no answer is looked up again. <paramref name="positions"/> gives, per modelled touchpoint, its place in
    /// <see cref="RespondentScore.Touchpoints"/> (the scheme's touchpoints, see <see cref="PositionsOf"/>).
    /// </summary>
    public static IReadOnlyList<DriverSample> From(IEnumerable<RespondentScore> respondents, IReadOnlyList<int> positions)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentNullException.ThrowIfNull(positions);
        var samples = new List<DriverSample>();
        foreach (var respondent in respondents)
        {
            var converted = respondent.Touchpoints.Span;
            var scores = new float[positions.Count];
            for (var t = 0; t < scores.Length; t++)
            {
                scores[t] = (float)(converted[positions[t]] ?? double.NaN);
            }

            samples.Add(new DriverSample((float)(respondent.Overall ?? double.NaN), scores));
        }

        return samples;
    }

    /// <summary>Where each modelled touchpoint sits among the scorer's (the scheme's touchpoints, in scheme order).</summary>
    public static int[] PositionsOf(IReadOnlyList<SurveyQuestion> modelled, IReadOnlyList<SurveyQuestion> scored)
    {
        ArgumentNullException.ThrowIfNull(modelled);
        ArgumentNullException.ThrowIfNull(scored);
        return [.. modelled.Select(question => IndexOf(scored, question))];
    }

    private static int IndexOf(IReadOnlyList<SurveyQuestion> scored, SurveyQuestion question)
    {
        for (var i = 0; i < scored.Count; i++)
        {
            if (scored[i].Code == question.Code)
            {
                return i;
            }
        }

        throw new ArgumentException($"Touchpoint {question.Code} is not among the scored touchpoints.", nameof(question));
    }
}

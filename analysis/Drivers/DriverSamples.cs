using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Survey;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Drivers;

/// <summary>Builds <see cref="DriverSample"/>s from loaded responses: converted score 100 × (x − lo) / (hi − lo) (SCORING.md 2.2).</summary>
public static class DriverSamples
{
    public static IReadOnlyList<DriverSample> From(
        IEnumerable<ResponseRecord> responses,
        IReadOnlyList<SurveyQuestion> touchpoints,
        SurveyQuestion overall)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(touchpoints);
        ArgumentNullException.ThrowIfNull(overall);
        var samples = new List<DriverSample>();
        foreach (var response in responses)
        {
            var scores = new float[touchpoints.Count];
            for (var t = 0; t < scores.Length; t++)
            {
                scores[t] = Converted(response, touchpoints[t]);
            }

            samples.Add(new DriverSample(Converted(response, overall), scores));
        }

        return samples;
    }

    /// <summary>
    /// The same samples from respondents scored already (<see cref="RespondentScorer"/> converts by the same formula):
    /// no answer is looked up again. <paramref name="positions"/> gives, per modelled touchpoint, its place in
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

    private static float Converted(ResponseRecord response, SurveyQuestion question) =>
        response.Answers.TryGetValue(question.Code, out var answer) && answer.Kind == AnswerKind.Number && question.High > question.Low
            ? (float)(100.0 * (answer.Value - question.Low) / (question.High - question.Low))
            : float.NaN;
}

using Satisfaction.Analysis.Input;
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

    private static float Converted(ResponseRecord response, SurveyQuestion question) =>
        response.Answers.TryGetValue(question.Code, out var answer) && answer.Kind == AnswerKind.Number && question.High > question.Low
            ? (float)(100.0 * (answer.Value - question.Low) / (question.High - question.Low))
            : float.NaN;
}

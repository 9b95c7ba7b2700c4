using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Quality;

/// <summary>
/// Straight-lining: a response that gives every answered touchpoint the same scale point, with at least
/// <see cref="MinTouchpoints"/> touchpoints answered (fewer equal answers are too common to mean anything).
/// Answers are compared as given, not converted. Listed for analysts; the response still counts.
/// </summary>
public sealed class StraightLiningDetector
{
    /// <summary>Answered touchpoints needed before equal answers are suspicious.</summary>
    public const int MinTouchpoints = 5;

    private readonly string[] _touchpoints;

    public StraightLiningDetector(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        _touchpoints = [.. scheme.Questions.Where(q => q.Role == QuestionRole.Touchpoint).Select(q => q.Code)];
    }

    public IReadOnlyList<StraightLinerRow> Find(IEnumerable<ResponseRecord> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var rows = new List<StraightLinerRow>();
        foreach (var response in responses)
        {
            if (SameAnswer(response.Answers) is ({ } answer, var answered))
            {
                rows.Add(new StraightLinerRow(response.RespondentId, response.Outlet.City, response.Outlet.Code, response.Outlet.Name, answer, answered));
            }
        }

        return rows;
    }

    private (double? Answer, int Answered) SameAnswer(IReadOnlyDictionary<string, Answer> answers)
    {
        double? first = null;
        var answered = 0;
        foreach (var code in _touchpoints)
        {
            if (!answers.TryGetValue(code, out var given) || given.Kind != AnswerKind.Number)
            {
                continue;
            }

            if (first is { } f && f != given.Value)
            {
                return (null, 0);
            }

            first = given.Value;
            answered++;
        }

        return answered >= MinTouchpoints ? (first, answered) : (null, 0);
    }
}

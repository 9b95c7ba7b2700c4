using System.Collections.Concurrent;
using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// Scores survey responses (SCORING.md 2.2): each answer converted to 0–100 on its question's scale, the
/// respondent index as the touchpoint weights renormalised over the answered touchpoints, the converted
/// overall answer (role Overall) and the raw recommend answer (role Recommend). Question codes are resolved
/// to positions once, when the scorer is built.
/// </summary>
public sealed class RespondentScorer
{
    // Below this many responses one thread is quicker than handing ranges out.
    private const int ParallelFrom = 20_000;

    private readonly ScaleQuestion[] _touchpoints;
    private readonly ScaleQuestion? _overall;
    private readonly ScaleQuestion? _recommend;

    public RespondentScorer(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Touchpoints = TouchpointsOf(scheme);
        _touchpoints = [.. Touchpoints.Select(ScaleQuestion.From)];
        _overall = Find(scheme, QuestionRole.Overall);
        _recommend = Find(scheme, QuestionRole.Recommend);
    }

    /// <summary>The scheme's touchpoints, in the order of <see cref="RespondentScore.Touchpoints"/>.</summary>
    public IReadOnlyList<SurveyQuestion> Touchpoints { get; }

    /// <summary>The touchpoints a scorer of <paramref name="scheme"/> scores, in the order of <see cref="RespondentScore.Touchpoints"/>.</summary>
    public static IReadOnlyList<SurveyQuestion> TouchpointsOf(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return [.. scheme.Questions.Where(q => q.Role == QuestionRole.Touchpoint)];
    }

    public RespondentScore Score(ResponseRecord response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Score(response, new double?[_touchpoints.Length], 0);
    }

    /// <summary>
    /// Scores a batch: one result per response, touchpoints sliced from one shared buffer. Large batches are
    /// split into one range per core (a quarter's 52,000 responses in fixed ranges of 50,000 kept one core
    /// idle), scored in parallel; each range writes only its own places, so results do not depend on it.
    /// </summary>
    public RespondentScore[] ScoreAll(IReadOnlyList<ResponseRecord> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var results = new RespondentScore[responses.Count];
        var buffer = new double?[responses.Count * _touchpoints.Length];
        if (results.Length < ParallelFrom)
        {
            ScoreRange(responses, results, buffer, 0, results.Length);
        }
        else
        {
            var range = (results.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount;
            Parallel.ForEach(Partitioner.Create(0, results.Length, range), r => ScoreRange(responses, results, buffer, r.Item1, r.Item2));
        }

        return results;
    }

    private void ScoreRange(IReadOnlyList<ResponseRecord> responses, RespondentScore[] results, double?[] buffer, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            results[i] = Score(responses[i], buffer, i * _touchpoints.Length);
        }
    }

    private RespondentScore Score(ResponseRecord response, double?[] buffer, int offset)
    {
        var answers = response.Answers;
        var weighted = 0.0;
        var weights = 0.0;
        for (var t = 0; t < _touchpoints.Length; t++)
        {
            var question = _touchpoints[t];
            if (question.TryRead(answers, out var answer))
            {
                var converted = question.Convert(answer);
                buffer[offset + t] = converted;
                weighted += question.Weight * converted;
                weights += question.Weight;
            }
        }

        double? overall = null, overallAnswer = null, recommend = null;
        if (_overall is { } o && o.TryRead(answers, out var given))
        {
            overallAnswer = given;
            overall = o.Convert(given);
        }

        if (_recommend is { } r && r.TryRead(answers, out var likely))
        {
            recommend = likely;
        }

        double? index = weights > 0 ? weighted / weights : null;
        return new RespondentScore(response, index, overall, overallAnswer, recommend, buffer.AsMemory(offset, _touchpoints.Length));
    }

    private static ScaleQuestion? Find(ScoringScheme scheme, QuestionRole role) =>
        scheme.Questions.FirstOrDefault(q => q.Role == role) is { } question ? ScaleQuestion.From(question) : null;
}

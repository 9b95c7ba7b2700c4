using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Survey;

/// <summary>A survey question resolved once for the hot loop: its code, scale and weight.</summary>
internal readonly record struct ScaleQuestion(string Code, double Low, double High, double Weight)
{
    public static ScaleQuestion From(SurveyQuestion question) =>
        question.High > question.Low
            ? new(question.Code, question.Low, question.High, question.Weight)
            : throw new ArgumentException($"Question {question.Code} needs a scale with Low < High.", nameof(question));

    /// <summary>100 × (x − lo) / (hi − lo).</summary>
    public double Convert(double answer) => 100 * (answer - Low) / (High - Low);

    /// <summary>The scale point answered; false for N/A, a missing answer, or anything that is not a number.</summary>
    public bool TryRead(IReadOnlyDictionary<string, Answer> answers, out double answer)
    {
        if (answers.TryGetValue(Code, out var given) && given.Kind == AnswerKind.Number)
        {
            answer = given.Value;
            return true;
        }

        answer = 0;
        return false;
    }
}

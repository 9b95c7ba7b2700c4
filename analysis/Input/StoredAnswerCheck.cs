using System.Collections.Frozen;
using System.Globalization;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Input;

/// <summary>
/// Checks stored answers against the scheme in force with the rules ingest applied when the row came in
/// (SCORING.md 1.2, 2.1) — the scheme may have changed since. Answers to codes the scheme no longer has
/// are not checked: they simply no longer count. Codes are looked up once per scheme, not per answer.
/// </summary>
public sealed class StoredAnswerCheck
{
    private readonly FrozenDictionary<string, ChecklistItem> _items;
    private readonly FrozenDictionary<string, SurveyQuestion> _questions;

    public StoredAnswerCheck(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        _items = scheme.Items.DistinctBy(i => i.Code, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        _questions = scheme.Questions.DistinctBy(q => q.Code, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(q => q.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Each answer of a visit the scheme does not allow, with the rule it breaks; none when the visit can be scored.</summary>
    public IEnumerable<(string Code, Answer Answer, string Rule)> Visit(IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var (code, answer) in answers)
        {
            if (answer.IsApplicable && _items.TryGetValue(code, out var item) && Broken(item, answer) is { } rule)
            {
                yield return (item.Code, answer, rule);
            }
        }
    }

    /// <summary>Each answer of a survey response the scheme does not allow, with the rule it breaks.</summary>
    public IEnumerable<(string Code, Answer Answer, string Rule)> Response(IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var (code, answer) in answers)
        {
            if (answer.IsApplicable && _questions.TryGetValue(code, out var question) && Broken(question, answer) is { } rule)
            {
                yield return (question.Code, answer, rule);
            }
        }
    }

    // Points items take yes/no (all or none) or 0…max; yes/no and veto items take yes/no, or 0, 1 or max as a number.
    private static string? Broken(ChecklistItem item, Answer answer)
    {
        if (answer.Kind != AnswerKind.Number)
        {
            return null;
        }

        var v = answer.Value;
        return item.Type == ItemType.Points
            ? v >= 0 && v <= item.Max ? null : Text($"0–{item.Max} 分 / 0–{item.Max} points")
            : v == 0 || v == 1 || v == item.Max ? null : Text($"是、否、0、1 或 {item.Max} / yes, no, 0, 1 or {item.Max}");
    }

    private static string? Broken(SurveyQuestion question, Answer answer) =>
        answer.Kind == AnswerKind.Number && answer.Value == Math.Floor(answer.Value) && answer.Value >= question.Low && answer.Value <= question.High
            ? null
            : Text($"{question.Low}–{question.High} 的整数 / a whole number {question.Low}–{question.High}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

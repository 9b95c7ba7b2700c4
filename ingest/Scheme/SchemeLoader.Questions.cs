namespace Satisfaction.Ingest.Scheme;

// Survey questions: codes unique across the scheme, roles, touchpoint weights, scales, one overall and one recommend.
public static partial class SchemeLoader
{
    private static List<SurveyQuestion> ValidateQuestions(
        List<QuestionDocument?>? documents, List<ChecklistItem> items, List<SchemeProblem> problems)
    {
        var result = new List<SurveyQuestion>();
        if (documents is null || documents.Count == 0)
        {
            problems.Add(new("survey.questions", SchemeMessages.NoQuestion()));
            return result;
        }

        var seen = items.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"survey.questions[{i}]";
            var q = documents[i];
            if (q is null)
            {
                problems.Add(new(at, SchemeMessages.EmptyEntry()));
                continue;
            }

            var ok = CheckCode(q.Code, at, seen, problems);
            QuestionRole? role = q.Role?.Trim().ToLowerInvariant() switch
            {
                "touchpoint" => QuestionRole.Touchpoint,
                "overall" => QuestionRole.Overall,
                "recommend" => QuestionRole.Recommend,
                _ => null,
            };
            if (role is null)
            {
                problems.Add(new(at + ".role", SchemeMessages.RoleInvalid(q.Role)));
                ok = false;
            }

            var weight = q.Weight ?? 0;
            if (role == QuestionRole.Touchpoint && (!(weight > 0) || double.IsInfinity(weight)))
            {
                problems.Add(new(at + ".weight", SchemeMessages.TouchpointWeightNotPositive(q.Weight)));
                ok = false;
            }

            var (low, high) = (0, 10);
            if (q.Scale is { } scale)
            {
                if (scale.Count != 2)
                {
                    problems.Add(new(at + ".scale", SchemeMessages.ScaleNotAPair()));
                    ok = false;
                }
                else if (scale[0] >= scale[1])
                {
                    problems.Add(new(at + ".scale", SchemeMessages.ScaleNotIncreasing(scale[0], scale[1])));
                    ok = false;
                }
                else
                {
                    (low, high) = (scale[0], scale[1]);
                }
            }

            if (role == QuestionRole.Recommend && ok && (low, high) != (0, 10))
            {
                problems.Add(new(at + ".scale", SchemeMessages.NpsNeedsZeroToTen()));
                ok = false;
            }

            if (ok)
            {
                result.Add(new SurveyQuestion(q.Code!.Trim(), q.Text?.Trim() ?? string.Empty, role!.Value, weight, low, high));
            }
        }

        foreach (var role in new[] { QuestionRole.Overall, QuestionRole.Recommend })
        {
            var count = documents.Count(q => string.Equals(q?.Role?.Trim(), role.ToString(), StringComparison.OrdinalIgnoreCase));
            if (count > 1)
            {
                problems.Add(new("survey.questions", SchemeMessages.RoleRepeated(role.ToString().ToLowerInvariant())));
            }
        }

        if (!documents.Any(q => string.Equals(q?.Role?.Trim(), "touchpoint", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new("survey.questions", SchemeMessages.NoTouchpoint()));
        }

        return result;
    }
}

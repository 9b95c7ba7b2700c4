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
            problems.Add(new("survey.questions", "至少需要一个问题 / at least one question is required"));
            return result;
        }

        var seen = items.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"survey.questions[{i}]";
            var q = documents[i];
            if (q is null)
            {
                problems.Add(new(at, "空条目 / empty entry"));
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
                problems.Add(new(at + ".role", $"角色只能是 touchpoint、overall 或 recommend / role must be touchpoint, overall or recommend, not {Show(q.Role)}"));
                ok = false;
            }

            var weight = q.Weight ?? 0;
            if (role == QuestionRole.Touchpoint && (!(weight > 0) || double.IsInfinity(weight)))
            {
                problems.Add(new(at + ".weight", $"触点权重必须为正数 / a touchpoint's weight must be positive, not {Show(q.Weight)}"));
                ok = false;
            }

            var (low, high) = (0, 10);
            if (q.Scale is { } scale)
            {
                if (scale.Count != 2)
                {
                    problems.Add(new(at + ".scale", "量表写作 [lo, hi] / scale is written [lo, hi]"));
                    ok = false;
                }
                else if (scale[0] >= scale[1])
                {
                    problems.Add(new(at + ".scale", $"量表下限必须小于上限 / scale needs lo < hi, not [{scale[0]}, {scale[1]}]"));
                    ok = false;
                }
                else
                {
                    (low, high) = (scale[0], scale[1]);
                }
            }

            if (role == QuestionRole.Recommend && ok && (low, high) != (0, 10))
            {
                problems.Add(new(at + ".scale", "NPS 需要 0–10 量表 / NPS needs the 0–10 scale"));
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
                problems.Add(new("survey.questions", $"'{role.ToString().ToLowerInvariant()}' 角色只能有一个问题 / only one question may have the role '{role.ToString().ToLowerInvariant()}'"));
            }
        }

        if (!documents.Any(q => string.Equals(q?.Role?.Trim(), "touchpoint", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new("survey.questions", "至少需要一个触点 / at least one touchpoint is required"));
        }

        return result;
    }
}

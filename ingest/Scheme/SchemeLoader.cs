using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Satisfaction.Ingest.Scheme;

/// <summary>
/// Reads a scheme file (JSON, see data-samples/scheme.json) and validates all of it,
/// so that an analyst sees every problem in one go before any run starts.
/// </summary>
public static partial class SchemeLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNameCaseInsensitive = true,
    };

    /// <summary>Loads and validates; throws <see cref="SchemeException"/> listing every problem.</summary>
    public static ScoringScheme Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new SchemeException(path, [new SchemeProblem("$", $"文件不存在 / file not found: {path}")]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates scheme JSON; <paramref name="source"/> names it in messages.</summary>
    public static ScoringScheme Parse(string json, string source = "(scheme)")
    {
        SchemeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SchemeDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}" : "$";
            throw new SchemeException(source, [new SchemeProblem(where, "不是有效的 JSON / not valid JSON: " + ex.Message)]);
        }

        var problems = new List<SchemeProblem>();
        var scheme = Validate(document ?? new SchemeDocument(), problems);
        if (problems.Count > 0 || scheme is null)
        {
            throw new SchemeException(source, problems);
        }

        return scheme;
    }

    private static ScoringScheme? Validate(SchemeDocument document, List<SchemeProblem> problems)
    {
        var period = ParsePeriod(document.Period, problems);
        var mystery = document.Mystery;
        if (mystery is null)
        {
            problems.Add(new("mystery", "缺少暗访部分 / the mystery section is missing"));
        }

        var survey = document.Survey;
        if (survey is null)
        {
            problems.Add(new("survey", "缺少满意度部分 / the survey section is missing"));
        }

        var dimensions = ValidateDimensions(mystery?.Dimensions, problems);
        var declared = (mystery?.Dimensions ?? []).Where(d => !string.IsNullOrWhiteSpace(d?.Key)).Select(d => d!.Key!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = ValidateItems(mystery?.Items, dimensions, declared, problems);
        var veto = ParseVeto(mystery?.Veto, problems);
        var aggregation = ParseAggregation(mystery?.Aggregation, problems);
        var minVisits = Positive(mystery?.MinVisits, 2, "mystery.minVisits", problems);
        var questions = ValidateQuestions(survey?.Questions, items, problems);
        var minResponses = Positive(survey?.MinResponses, 30, "survey.minResponses", problems);
        var minDriverResponses = Positive(survey?.MinDriverResponses, 200, "survey.minDriverResponses", problems);

        return problems.Count > 0 ? null : new ScoringScheme
        {
            Period = period,
            Dimensions = dimensions,
            Items = items,
            Veto = veto,
            Aggregation = aggregation,
            MinVisits = minVisits,
            Questions = questions,
            MinResponses = minResponses,
            MinDriverResponses = minDriverResponses,
        };
    }

    private static PeriodKind ParsePeriod(string? text, List<SchemeProblem> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "quarter":
                return PeriodKind.Quarter;
            case "month":
                return PeriodKind.Month;
            default:
                problems.Add(new("period", $"周期只能是 quarter 或 month / period must be quarter or month, not '{text}'"));
                return PeriodKind.Quarter;
        }
    }

    private static List<Dimension> ValidateDimensions(List<DimensionDocument?>? documents, List<SchemeProblem> problems)
    {
        var result = new List<Dimension>();
        if (documents is null || documents.Count == 0)
        {
            problems.Add(new("mystery.dimensions", "至少需要一个维度 / at least one dimension is required"));
            return result;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"mystery.dimensions[{i}]";
            var d = documents[i];
            if (d is null)
            {
                problems.Add(new(at, "空条目 / empty entry"));
                continue;
            }

            var ok = true;
            if (string.IsNullOrWhiteSpace(d.Key))
            {
                problems.Add(new(at + ".key", "缺少维度键 / key is missing"));
                ok = false;
            }
            else if (!seen.Add(d.Key.Trim()))
            {
                problems.Add(new(at + ".key", $"维度键重复 / duplicate dimension key '{d.Key}'"));
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(d.Name))
            {
                problems.Add(new(at + ".name", "缺少维度名称 / name is missing"));
                ok = false;
            }

            if (d.Weight is not { } weight || !(weight > 0) || double.IsInfinity(weight))
            {
                problems.Add(new(at + ".weight", $"权重必须为正数 / weight must be a positive number, not {Show(d.Weight)}"));
                ok = false;
            }

            if (ok)
            {
                result.Add(new Dimension(d.Key!.Trim(), d.Name!.Trim(), d.Weight!.Value));
            }
        }

        return result;
    }

    private static List<ChecklistItem> ValidateItems(
        List<ItemDocument?>? documents, List<Dimension> dimensions, HashSet<string> dimensionKeys, List<SchemeProblem> problems)
    {
        var result = new List<ChecklistItem>();
        if (documents is null || documents.Count == 0)
        {
            problems.Add(new("mystery.items", "至少需要一个检查项 / at least one checklist item is required"));
            return result;
        }

        // Items are checked against every declared dimension, valid or not, so that one bad dimension
        // is reported once rather than again on each of its items.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"mystery.items[{i}]";
            var item = documents[i];
            if (item is null)
            {
                problems.Add(new(at, "空条目 / empty entry"));
                continue;
            }

            var ok = CheckCode(item.Code, at, seen, problems);
            ItemType? type = item.Type?.Trim().ToLowerInvariant() switch
            {
                "yesno" => ItemType.YesNo,
                "points" => ItemType.Points,
                "veto" => ItemType.Veto,
                _ => null,
            };
            if (type is null)
            {
                problems.Add(new(at + ".type", $"类型只能是 yesno、points 或 veto / type must be yesno, points or veto, not {Show(item.Type)}"));
                ok = false;
            }

            var dimension = string.IsNullOrWhiteSpace(item.Dimension) ? null : item.Dimension.Trim();
            var max = item.Max ?? 0;
            if (type == ItemType.Veto)
            {
                if (dimension is not null)
                {
                    problems.Add(new(at + ".dimension", "一票否决项不属于任何维度 / a veto item belongs to no dimension"));
                    ok = false;
                }

                if (max != 0)
                {
                    problems.Add(new(at + ".max", "一票否决项不计分，max 应为 0 / a veto item carries no points: max must be 0"));
                    ok = false;
                }
            }
            else if (type is not null)
            {
                if (dimension is null)
                {
                    problems.Add(new(at + ".dimension", "缺少维度 / dimension is missing"));
                    ok = false;
                }
                else if (!dimensionKeys.Contains(dimension))
                {
                    problems.Add(new(at + ".dimension", $"未知维度 / unknown dimension '{dimension}'"));
                    ok = false;
                }

                if (!(max > 0) || double.IsInfinity(max))
                {
                    problems.Add(new(at + ".max", $"满分必须为正数 / max must be a positive number, not {Show(item.Max)}"));
                    ok = false;
                }
            }

            if (ok)
            {
                var key = dimension is null ? null : dimensions.FirstOrDefault(d => d.Key.Equals(dimension, StringComparison.OrdinalIgnoreCase))?.Key ?? dimension;
                result.Add(new ChecklistItem(item.Code!.Trim(), item.Text?.Trim() ?? string.Empty, key, max, type!.Value));
            }
        }

        foreach (var d in dimensions.Where(d => !documents.Any(it => string.Equals(it?.Dimension?.Trim(), d.Key, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add(new("mystery.dimensions", $"维度 '{d.Key}' 没有检查项 / dimension '{d.Key}' has no item"));
        }

        return result;
    }

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

    private static bool CheckCode(string? code, string at, HashSet<string> seen, List<SchemeProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add(new(at + ".code", "缺少题号 / code is missing"));
            return false;
        }

        if (!CodePattern().IsMatch(code.Trim()))
        {
            problems.Add(new(at + ".code", $"题号须为字母加数字（如 A1）/ a code is letters then digits (like A1), not '{code}'"));
            return false;
        }

        if (!seen.Add(code.Trim()))
        {
            problems.Add(new(at + ".code", $"题号重复 / duplicate code '{code}'"));
            return false;
        }

        return true;
    }

    private static VetoRule ParseVeto(string? text, List<SchemeProblem> problems)
    {
        var parts = (text ?? "zero").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is ["zero"])
        {
            return VetoRule.Zero;
        }

        if (parts is [var mode, var amountText] && (mode is "cap" or "deduct")
            && double.TryParse(amountText, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            && amount is >= 0 and <= 100)
        {
            return new VetoRule(mode == "cap" ? VetoMode.Cap : VetoMode.Deduct, amount);
        }

        problems.Add(new("mystery.veto", $"否决方式只能是 zero、cap N 或 deduct N（0 ≤ N ≤ 100）/ veto must be zero, cap N or deduct N with 0 ≤ N ≤ 100, not '{text}'"));
        return VetoRule.Zero;
    }

    private static Aggregation ParseAggregation(string? text, List<SchemeProblem> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "outlet":
                return Aggregation.Outlet;
            case "visit":
                return Aggregation.Visit;
            default:
                problems.Add(new("mystery.aggregation", $"汇总方式只能是 outlet 或 visit / aggregation must be outlet or visit, not '{text}'"));
                return Aggregation.Outlet;
        }
    }

    private static int Positive(int? value, int fallback, string at, List<SchemeProblem> problems)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value < 1)
        {
            problems.Add(new(at, $"必须至少为 1 / must be at least 1, not {value}"));
        }

        return value.Value;
    }

    private static string Show(object? value) => value switch
    {
        null => "(missing)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => $"'{value}'",
    };

    [GeneratedRegex("^[A-Za-z]+[0-9]+$")]
    private static partial Regex CodePattern();
}

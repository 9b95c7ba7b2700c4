using System.Globalization;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Scheme;

/// <summary>
/// Every message about a scheme file, in Chinese and English, with a hint where the fix is not obvious.
/// The location (a JSON path such as <c>mystery.items[3].dimension</c>) goes with each in <see cref="SchemeProblem"/>.
/// </summary>
public static class SchemeMessages
{
    public static Problem FileNotFound(string path) => new($"文件不存在：{path}", $"file not found: {path}", "用 --scheme 指定评分方案文件 / name the scheme file with --scheme");

    public static Problem InvalidJson(string detail) => new("不是有效的 JSON", "not valid JSON", detail);

    public static Problem MysteryMissing() => new("缺少暗访部分", "the mystery section is missing");

    public static Problem SurveyMissing() => new("缺少满意度部分", "the survey section is missing");

    public static Problem AtLeastOne(int value) => new($"必须至少为 1，而不是 {Show(value)}", $"must be at least 1, not {Show(value)}");

    public static Problem EmptyEntry() => new("空条目", "empty entry");

    public static Problem CodeMissing() => new("缺少题号", "code is missing");

    public static Problem CodeMalformed(string code) => new(
        $"题号须为字母加数字（如 A1），而不是“{code}”", $"a code is letters then digits (like A1), not '{code}'");

    public static Problem CodeRepeated(string code) => new($"题号重复：“{code}”", $"duplicate code '{code}'", "每个题号在整个方案中只能出现一次 / a code appears once in the whole scheme");

    public static Problem NoDimension() => new("至少需要一个维度", "at least one dimension is required");

    public static Problem DimensionKeyMissing() => new("缺少维度键", "key is missing");

    public static Problem DimensionKeyRepeated(string key) => new($"维度键重复：“{key}”", $"duplicate dimension key '{key}'");

    public static Problem DimensionNameMissing() => new("缺少维度名称", "name is missing");

    public static Problem WeightNotPositive(double? weight) => new($"权重必须为正数，而不是 {Show(weight)}", $"weight must be a positive number, not {Show(weight)}");

    public static Problem DimensionWithoutItem(string key) => new($"维度“{key}”没有检查项", $"dimension '{key}' has no item");

    public static Problem NoItem() => new("至少需要一个检查项", "at least one checklist item is required");

    public static Problem ItemTypeInvalid(string? type) => new(
        $"类型只能是 yesno、points 或 veto，而不是 {Show(type)}", $"type must be yesno, points or veto, not {Show(type)}");

    public static Problem VetoItemHasDimension() => new("一票否决项不属于任何维度", "a veto item belongs to no dimension", "删除该项的 dimension / remove the item's dimension");

    public static Problem VetoItemHasPoints() => new("一票否决项不计分，max 应为 0", "a veto item carries no points: max must be 0");

    public static Problem ItemDimensionMissing() => new("缺少维度", "dimension is missing");

    public static Problem ItemDimensionUnknown(string dimension) => new(
        $"未知维度“{dimension}”", $"unknown dimension '{dimension}'", "维度须在 mystery.dimensions 中声明 / declare it in mystery.dimensions");

    public static Problem MaxNotPositive(double? max) => new($"满分必须为正数，而不是 {Show(max)}", $"max must be a positive number, not {Show(max)}");

    public static Problem PeriodInvalid(string? text) => new($"周期只能是 quarter 或 month，而不是 {Show(text)}", $"period must be quarter or month, not {Show(text)}");

    public static Problem VetoRuleInvalid(string? text) => new(
        $"否决方式只能是 zero、cap N 或 deduct N（0 ≤ N ≤ 100），而不是 {Show(text)}",
        $"veto must be zero, cap N or deduct N with 0 ≤ N ≤ 100, not {Show(text)}");

    public static Problem AggregationInvalid(string? text) => new(
        $"汇总方式只能是 outlet 或 visit，而不是 {Show(text)}", $"aggregation must be outlet or visit, not {Show(text)}");

    public static Problem NoQuestion() => new("至少需要一个问题", "at least one question is required");

    public static Problem RoleInvalid(string? role) => new(
        $"角色只能是 touchpoint、overall 或 recommend，而不是 {Show(role)}", $"role must be touchpoint, overall or recommend, not {Show(role)}");

    public static Problem TouchpointWeightNotPositive(double? weight) => new(
        $"触点权重必须为正数，而不是 {Show(weight)}", $"a touchpoint's weight must be positive, not {Show(weight)}");

    public static Problem ScaleNotAPair() => new("量表写作 [lo, hi]", "scale is written [lo, hi]");

    public static Problem ScaleNotIncreasing(int low, int high) => new(
        $"量表下限必须小于上限，而不是 [{Show(low)}, {Show(high)}]", $"scale needs lo < hi, not [{Show(low)}, {Show(high)}]");

    public static Problem NpsNeedsZeroToTen() => new("NPS 需要 0–10 量表", "NPS needs the 0–10 scale");

    public static Problem RoleRepeated(string role) => new($"“{role}”角色只能有一个问题", $"only one question may have the role '{role}'");

    public static Problem NoTouchpoint() => new("至少需要一个触点", "at least one touchpoint is required");

    private static string Show(object? value) => value switch
    {
        null => "(missing)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => $"'{value}'",
    };
}

using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Ingest.Values;

/// <summary>Every message about a value that could not be read, in one place (Chinese, English, hint).</summary>
internal static class ValueMessages
{
    private const string DateHint =
        "可用格式：2026-07-05、2026/7/5、2026.7.5、2026年7月5日、20260705、Excel 日期或日期序列号，日期后的时间忽略"
        + " / accepted: 2026-07-05, 2026/7/5, 2026.7.5, 2026年7月5日, 20260705, an Excel date or serial number; a time after the date is ignored";

    private const string NotApplicableWords = "不适用、NA、N/A、/、-、—、无";

    public static Problem DateEmpty() => new("日期为空", "the date is empty", DateHint);

    public static Problem DateUnrecognized(string value) =>
        new($"无法识别的日期“{value}”", $"'{value}' is not a date", DateHint);

    public static Problem DateInvalid(string value) =>
        new($"日期“{value}”不存在", $"'{value}' is not a real calendar date", DateHint);

    public static Problem DateOutOfRange(string value, DateOnly earliest, DateOnly latest) =>
        new($"日期“{value}”超出范围 {earliest:yyyy-MM-dd} 至 {latest:yyyy-MM-dd}", $"the date '{value}' is outside {earliest:yyyy-MM-dd} … {latest:yyyy-MM-dd}", DateHint);

    public static Problem AnswerUnrecognized(ChecklistItem item, string value) =>
        new($"{item.Code}：无法识别的答案“{value}”", $"{item.Code}: '{value}' is not an accepted answer", Hint(item));

    public static Problem PointsOutOfRange(ChecklistItem item, string value) =>
        new($"{item.Code}：分值“{value}”超出范围 0–{Show(item.Max)}", $"{item.Code}: value out of range: '{value}' is not within 0–{Show(item.Max)}", Hint(item));

    public static Problem NotYesNoNumber(ChecklistItem item, string value) =>
        new(
            $"{item.Code}：是否项只能填 0（否）或 {YesNumbers(item, "、")}（是），不能填“{value}”",
            $"{item.Code}: '{value}' is not a yes/no answer; the numbers accepted are 0 (no) and {YesNumbers(item, " or ")} (yes)",
            Hint(item));

    public static Problem SurveyUnrecognized(SurveyQuestion question, string value) =>
        new($"{question.Code}：无法识别的评分“{value}”", $"{question.Code}: '{value}' is not an accepted score", Hint(question));

    public static Problem SurveyYesNo(SurveyQuestion question, string value) =>
        new($"{question.Code}：评分题不能填是否“{value}”", $"{question.Code}: '{value}' is a yes/no word, not a score", Hint(question));

    public static Problem SurveyNotWhole(SurveyQuestion question, string value) =>
        new($"{question.Code}：评分“{value}”不是整数", $"{question.Code}: the score '{value}' is not a whole number", Hint(question));

    public static Problem SurveyOutOfRange(SurveyQuestion question, string value) =>
        new(
            $"{question.Code}：评分“{value}”超出范围 {question.Low}–{question.High}",
            $"{question.Code}: value out of range: '{value}' is not within {question.Low}–{question.High}",
            Hint(question));

    private static string Hint(ChecklistItem item) => item.Type switch
    {
        ItemType.Points =>
            $"可填 0–{Show(item.Max)} 的分值（可带“分”，如 6 或 6分）、是（满分）或否（0 分）、不适用（{NotApplicableWords}）"
            + $" / accepted: points 0–{Show(item.Max)} (optionally followed by 分, e.g. 6 or 6分), a yes word (full points) or no word (none), or N/A (不适用, NA, N/A, /, -, —, 无)",
        _ =>
            $"可填 是（是、Y、yes、√、✓、符合、{YesNumbers(item, "、")}）、否（否、N、no、×、✗、不符合、0）、不适用（{NotApplicableWords}）"
            + $" / accepted: yes (是, Y, yes, √, ✓, 符合, {YesNumbers(item, ", ")}), no (否, N, no, ×, ✗, 不符合, 0), or N/A (不适用, NA, N/A, /, -, —, 无)",
    };

    private static string Hint(SurveyQuestion question) =>
        $"可填 {question.Low}–{question.High} 的整数（可带“分”）或不适用（{NotApplicableWords}）"
        + $" / accepted: a whole number {question.Low}–{question.High} (optionally followed by 分), or N/A (不适用, NA, N/A, /, -, —, 无)";

    /// <summary>The numbers that mean yes on a yes/no item: 1, and the item's max when that is another whole number.</summary>
    private static string YesNumbers(ChecklistItem item, string separator) =>
        item.Max is > 1 ? "1" + separator + Show(item.Max) : "1";

    private static string Show(double number) => CellText.Number(number);
}

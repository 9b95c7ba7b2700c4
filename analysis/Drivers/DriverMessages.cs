using System.Globalization;

namespace Satisfaction.Analysis.Drivers;

/// <summary>Why a scope has no key drivers, in Chinese and English, with the numbers and the setting to change.</summary>
internal static class DriverMessages
{
    public static string TooFewRespondents(int answered, int needed) => string.Format(
        CultureInfo.InvariantCulture,
        "样本不足：仅 {0} 位受访者回答了总体满意度（至少需要 {1}，见 minDriverResponses）/ too few respondents: {0} answered the overall question, {1} needed (minDriverResponses)",
        answered,
        needed);

    public static string NoTouchpointAnswered() =>
        "无可建模的触点：范围内无人回答任何触点题 / nothing to model: no touchpoint was answered in this scope";
}

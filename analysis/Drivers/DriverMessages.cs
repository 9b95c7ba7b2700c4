using System.Globalization;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Drivers;

/// <summary>Why a scope has no key drivers, in Chinese and English, with the numbers and the setting to change.</summary>
internal static class DriverMessages
{
    public static Problem TooFewRespondents(int answered, int needed) => new(
        string.Create(CultureInfo.InvariantCulture, $"样本不足：仅 {answered} 位受访者回答了总体满意度（至少需要 {needed}，见 minDriverResponses）"),
        string.Create(CultureInfo.InvariantCulture, $"too few respondents: {answered} answered the overall question, {needed} needed (minDriverResponses)"),
        "可在评分方案中调整 minDriverResponses / minDriverResponses in the scheme sets the minimum");

    public static Problem NoTouchpointAnswered() => new(
        "无可建模的触点：范围内无人回答任何触点题",
        "nothing to model: no touchpoint was answered in this scope");
}

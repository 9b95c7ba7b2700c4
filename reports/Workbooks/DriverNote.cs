using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Workbooks;

/// <summary>The remark under DriverImportance: how the importances were found, or why there are none.</summary>
internal static class DriverNote
{
    public static NoteBlock Of(DriverSummary drivers) => new(
        drivers.SkippedReason
        ?? $"基于 {drivers.Respondents} 位回答总体满意度的受访者：以各触点得分回归总体满意度（ML.NET SDCA），重要性为置换特征重要性的占比（合计 100%）"
           + (drivers.RSquared is { } r2 ? $"，模型 R² = {r2:0.00}" : string.Empty) + "。优先改进 = 重要性高于平均且表现低于平均。");
}

using System.Globalization;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Workbooks;

/// <summary>方法说明: the scheme in force (weights, items, veto mode, aggregation), the period, and the input files.</summary>
internal static class MethodSheet
{
    public const string Name = "方法说明";

    public static SheetLayout Describe(SchemeDescription description, string period, IReadOnlyList<InputFileRow> inputs)
    {
        var scheme = description.Scheme;
        var names = scheme.Dimensions.ToDictionary(d => d.Key, d => d.Name);
        return new SheetLayout
        {
            Name = Name,
            Title = $"方法说明 · {period}",
            Kind = SheetKind.Document,
            TitleColumns = 6,
            Blocks =
            [
                new FieldsBlock(
                [
                    ("报告周期", $"{period}（{(scheme.Period == PeriodKind.Quarter ? "按季度" : "按月")}）"),
                    ("评分方案", description.Source),
                    ("一票否决方式", scheme.Veto.Mode switch
                    {
                        VetoMode.Zero => "zero：否决的暗访得 0 分",
                        VetoMode.Cap => string.Create(CultureInfo.InvariantCulture, $"cap {scheme.Veto.Amount}：否决的暗访最高 {scheme.Veto.Amount} 分"),
                        _ => string.Create(CultureInfo.InvariantCulture, $"deduct {scheme.Veto.Amount}：否决的暗访扣 {scheme.Veto.Amount} 分"),
                    }),
                    ("汇总方式", scheme.Aggregation == Aggregation.Outlet ? "outlet：地市和全省得分为营业厅得分的平均（每厅计一次）" : "visit：地市和全省得分为全部暗访得分的平均"),
                    ("最少暗访次数", string.Create(CultureInfo.InvariantCulture, $"{scheme.MinVisits}（少于此数的营业厅标为样本不足，不参与排名）")),
                    ("最少样本量", string.Create(CultureInfo.InvariantCulture, $"{scheme.MinResponses}（满意度）；驱动分析至少 {scheme.MinDriverResponses} 位回答总体满意度的受访者")),
                    ("等级", "≥95 优秀，≥90 良好，≥80 达标，其余待改进"),
                    ("显著", "与上期相比的 Welch t 检验，p < 0.05 记为显著（暗访用营业厅得分，满意度用受访者指数）"),
                ]),
                new TableBlock<Dimension>
                {
                    Name = "SchemeDimensions",
                    Columns = [new("维度", d => d.Name, ColumnKind.Text), new("键", d => d.Key, ColumnKind.Text), new("权重", d => d.Weight, ColumnKind.Number)],
                    Items = scheme.Dimensions,
                },
                new TableBlock<ChecklistItem>
                {
                    Name = "SchemeItems",
                    Columns =
                    [
                        new("题号", i => i.Code, ColumnKind.Text),
                        new("检查项", i => i.Text, ColumnKind.Text),
                        new("维度", i => i.DimensionKey is { } k ? names[k] : "一票否决", ColumnKind.Text),
                        new("满分", i => i.Max, ColumnKind.Number),
                        new("类型", i => i.Type.ToString().ToLowerInvariant(), ColumnKind.Text),
                    ],
                    Items = scheme.Items,
                },
                new TableBlock<SurveyQuestion>
                {
                    Name = "SchemeQuestions",
                    Columns =
                    [
                        new("题号", q => q.Code, ColumnKind.Text),
                        new("问题", q => q.Text, ColumnKind.Text),
                        new("角色", q => q.Role.ToString().ToLowerInvariant(), ColumnKind.Text),
                        new("权重", q => q.Role == QuestionRole.Touchpoint ? q.Weight : null, ColumnKind.Number),
                        new("量表", q => string.Create(CultureInfo.InvariantCulture, $"{q.Low}–{q.High}"), ColumnKind.Text),
                    ],
                    Items = scheme.Questions,
                },
                new TableBlock<InputFileRow>
                {
                    Name = "InputFiles",
                    Caption = "输入文件",
                    Columns =
                    [
                        new("文件", f => f.Name, ColumnKind.VendorText),
                        new("SHA-256", f => f.Sha256, ColumnKind.Text),
                        new("加载行数", f => f.RowsLoaded, ColumnKind.Count),
                        new("拒绝行数", f => f.RowsRejected, ColumnKind.Count),
                    ],
                    Items = inputs,
                },
            ],
        };
    }
}

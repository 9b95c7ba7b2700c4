using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// The city workbook (地市报告) as one list of sheets: 概览 first, then one sheet per topic, tables named as
/// REPORTS.md says, each chart bound to a table by name and each picture with its sheet.
/// </summary>
public static class CityWorkbook
{
    public const string Overview = "概览";
    public const string Outlets = "营业厅排名";
    public const string Dimensions = "维度对比与趋势";
    public const string Items = "失分项";
    public const string Vetoes = "一票否决";
    public const string Satisfaction = "满意度";
    public const string Priorities = "改进优先级";
    public const string Visits = "暗访明细";

    /// <summary>The outlet chart on 概览 grows with the outlets, within what one printed page shows legibly.</summary>
    private const int MaxOutletChartRows = 40;

    public static WorkbookLayout Describe(CityReport report, CjkFont font)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(font);
        var scheme = report.Scheme.Scheme;
        var period = report.Period;
        var outlets = report.OutletRanking;
        return new WorkbookLayout
        {
            Title = $"{report.City} {period} 营业厅服务暗访与满意度 · 地市报告",
            Sheets =
            [
                new SheetLayout
                {
                    Name = Overview,
                    Title = $"{report.City} {period} 营业厅服务暗访与满意度 · 地市报告",
                    Kind = SheetKind.Overview,
                    TitleColumns = 8,
                    Blocks = [new KeyFiguresBlock(report.Summary, report.PreviousPeriod, "营业厅")],
                    Drawings =
                    [
                        .. ReportDrawings.Chart(outlets.Count == 0 ? null : ChartDrawing.Of(
                            ChartKind.ClusteredBar, $"{report.City}各营业厅暗访得分 · {period}", "OutletRanking", outlets, "营业厅名称", r => r.OutletName,
                            [("暗访得分", r => r.Score)], s => s with { ShowValues = true, AxisMin = 0, AxisMax = 100 }, height: Math.Clamp(outlets.Count + 3, 20, MaxOutletChartRows))),
                        .. ReportDrawings.Chart(report.DimensionComparison.Count == 0 ? null : ChartDrawing.Of(
                            ChartKind.ClusteredColumn, $"{report.City}与全省维度对比", "DimensionComparison", report.DimensionComparison, "维度", r => r.Dimension,
                            [("本市", r => r.City), ("全省", r => r.Province)], s => s with { AxisMin = 0, AxisMax = 100, ShowValues = true }, height: 18)),
                        .. ReportDrawings.Chart(Trend.Chart($"{report.City}暗访得分趋势", "Trend", report.Trend)),
                    ],
                },
                SheetLayout.Table(Outlets, $"{report.City}营业厅排名 · {period}", new TableBlock<OutletRankingRow> { Name = "OutletRanking", Columns = ReportTables.CityOutletRanking(scheme), Items = outlets }),
                new SheetLayout
                {
                    Name = Dimensions,
                    Title = $"{report.City}与全省的维度对比 · {period}",
                    Kind = SheetKind.Tables,
                    TitleColumns = 6,
                    Blocks =
                    [
                        new TableBlock<DimensionComparisonRow> { Name = "DimensionComparison", Columns = ReportTables.DimensionComparison(), Items = report.DimensionComparison },
                        Trend.Table("Trend", report.Trend),
                    ],
                    Drawings = [.. ReportDrawings.Distribution(report.City, period, report.VisitScores, $"{report.City}暗访得分的分布", font)],
                },
                SheetLayout.Table(Items, $"检查项失分 · {period}", new TableBlock<ItemLossRow> { Name = "ItemLoss", Columns = ReportTables.ItemLoss(), Items = report.ItemLoss }),
                SheetLayout.Table(Vetoes, $"一票否决 · {period}", new TableBlock<VetoVisitRow> { Name = "VetoVisits", Columns = ReportTables.CityVetoVisits(), Items = report.VetoVisits }),
                SheetLayout.Table(Satisfaction, $"满意度 · {period}", new TableBlock<SatisfactionRow> { Name = "SatisfactionByOutlet", Columns = ReportTables.SatisfactionByOutlet(), Items = report.SatisfactionByOutlet }),
                PrioritiesSheet.Describe(Priorities, period, report.City, report.Drivers, font),
                SheetLayout.Table(Visits, $"暗访明细 · {period}", new TableBlock<VisitRow> { Name = "Visits", Columns = ReportTables.Visits(scheme), Items = report.Visits }),
                MethodSheet.Describe(report.Scheme, period, report.Inputs),
            ],
        };
    }
}

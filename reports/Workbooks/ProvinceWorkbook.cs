using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// The province workbook (省分报告) as one list of sheets: 概览 first, then one sheet per topic, each table
/// named as REPORTS.md says, each chart bound to a table by name and each picture with its sheet. Where
/// anything lands follows from the list (<see cref="SheetPlan"/>).
/// </summary>
public static class ProvinceWorkbook
{
    public const string Overview = "概览";
    public const string Cities = "地市排名";
    public const string Outlets = "营业厅排名";
    public const string Dimensions = "维度与趋势";
    public const string Items = "失分项";
    public const string Vetoes = "一票否决";
    public const string Satisfaction = "满意度";
    public const string Priorities = "改进优先级";
    public const string Quality = "数据质量";
    public const string Visits = "暗访明细";

    public static WorkbookLayout Describe(ProvinceReport report, CjkFont font)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(font);
        var scheme = report.Scheme.Scheme;
        var period = report.Period;
        var visitColumns = ReportTables.Visits(scheme).Select(c => new TableColumn<(string City, VisitRow Visit)>(c.Header, r => c.Value(r.Visit), c.Kind))
            .Append(new TableColumn<(string City, VisitRow Visit)>("地市", r => r.City, ColumnKind.Text)).ToList();
        return new WorkbookLayout
        {
            Title = $"{report.Province} {period} 营业厅服务暗访与满意度 · 省分报告",
            Sheets =
            [
                new SheetLayout
                {
                    Name = Overview,
                    Title = $"{report.Province} {period} 营业厅服务暗访与满意度 · 省分报告",
                    Kind = SheetKind.Overview,
                    TitleColumns = 8,
                    Blocks = [new KeyFiguresBlock(report.Summary, report.PreviousPeriod, "地市")],
                    Drawings =
                    [
                        .. ReportDrawings.Chart(report.CityRanking.Count == 0 ? null : ChartDrawing.Of(
                            ChartKind.ClusteredBar, $"各地市暗访得分 · {period}", "CityRanking", report.CityRanking, "地市", r => r.City,
                            [("暗访得分", r => r.Score)], s => s with { ShowValues = true, AxisMin = 0, AxisMax = 100 })),
                        .. ReportDrawings.Chart(report.Dimensions.Count == 0 ? null : ChartDrawing.Of(
                            ChartKind.Radar, $"{report.Province}维度得分", "DimensionProfile", report.Dimensions, "维度", r => r.Dimension,
                            [("全省", r => r.Province)], s => s with { AxisMin = 0, AxisMax = 100 }, height: 18)),
                        .. ReportDrawings.Chart(Trend.Chart("全省与各地市暗访得分趋势", "Trend", report.Trend)),
                    ],
                },
                SheetLayout.Table(Cities, $"地市排名 · {period}", new TableBlock<CityRankingRow> { Name = "CityRanking", Columns = ReportTables.CityRanking(scheme), Items = report.CityRanking }),
                SheetLayout.Table(Outlets, $"营业厅排名 · {period}", new TableBlock<OutletRankingRow> { Name = "OutletRanking", Columns = ReportTables.ProvinceOutletRanking(scheme), Items = report.OutletRanking }),
                new SheetLayout
                {
                    Name = Dimensions,
                    Title = $"维度得分与趋势 · {period}",
                    Kind = SheetKind.Tables,
                    TitleColumns = 6,
                    Blocks =
                    [
                        new TableBlock<DimensionComparisonRow>
                        {
                            Name = "DimensionProfile",
                            Columns = [new("维度", r => r.Dimension, ColumnKind.Text), new("全省", r => r.Province, ColumnKind.Score)],
                            Items = report.Dimensions,
                        },
                        Trend.Table("Trend", report.Trend),
                    ],
                    Drawings = [.. ReportDrawings.Distribution(report.Province, period, report.VisitScores, "全省暗访得分的分布", font)],
                },
                SheetLayout.Table(Items, $"检查项失分 · {period}", new TableBlock<ItemLossRow> { Name = "ItemLoss", Columns = ReportTables.ItemLoss(), Items = report.ItemLoss }),
                SheetLayout.Table(Vetoes, $"一票否决 · {period}", new TableBlock<VetoVisitRow> { Name = "VetoVisits", Columns = ReportTables.ProvinceVetoVisits(), Items = report.VetoVisits }),
                new SheetLayout
                {
                    Name = Satisfaction,
                    Title = $"满意度 · {period}",
                    Kind = SheetKind.Tables,
                    TitleColumns = 8,
                    Blocks =
                    [
                        new TableBlock<SatisfactionRow> { Name = "SatisfactionByCity", Columns = ReportTables.SatisfactionByCity(), Items = report.SatisfactionByCity },
                        new TableBlock<CorrelationRow>
                        {
                            Name = "Correlation",
                            Caption = "暗访得分与满意度指数的相关（营业厅层面，Pearson r）",
                            Columns = [new("范围", r => r.Scope, ColumnKind.Text), new("相关系数r", r => r.R, ColumnKind.Number), new("营业厅数", r => r.Outlets, ColumnKind.Count)],
                            Items = report.Correlations,
                        },
                    ],
                    Drawings =
                    [
                        .. ReportDrawings.Chart(report.SatisfactionByCity.Count == 0 ? null : ChartDrawing.Of(
                            ChartKind.ClusteredColumn, $"各地市满意度指数与 NPS · {period}", "SatisfactionByCity", report.SatisfactionByCity, "地市", r => r.Name,
                            [("满意度指数", r => r.Index), ("NPS", r => r.Nps)], s => s with { ShowValues = true })),
                    ],
                },
                PrioritiesSheet.Describe(Priorities, period, report.Province, report.Drivers, font),
                SheetLayout.Table(Visits, $"暗访明细 · {period}", new TableBlock<(string City, VisitRow Visit)> { Name = "Visits", Columns = visitColumns, Items = report.Visits }),
                QualitySheet.Describe(Quality, period, report.Quality),
                MethodSheet.Describe(report.Scheme, period, report.Inputs),
            ],
        };
    }
}

using ClosedXML.Excel;
using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// The cells of a province workbook (省分报告): 概览 first, then one sheet per topic, each table named as
/// REPORTS.md says. Charts and pictures are added afterwards (they bind to the placements returned).
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

    public static (XLWorkbook Workbook, IReadOnlyDictionary<string, TablePlacement> Tables) Build(ProvinceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scheme = report.Scheme.Scheme;
        var workbook = new XLWorkbook();
        var tables = new Dictionary<string, TablePlacement>();

        var overview = workbook.AddWorksheet(Overview);
        SheetSetup.Title(overview, $"{report.Province} {report.Period} 营业厅服务暗访与满意度 · 省分报告", 8);
        KeyFigures.Write(overview, 3, report.Summary, report.PreviousPeriod, "地市");
        SheetSetup.Print(overview, 0);

        tables["CityRanking"] = TableSheet(workbook, Cities, $"地市排名 · {report.Period}", "CityRanking", ReportTables.CityRanking(scheme), report.CityRanking);
        tables["OutletRanking"] = TableSheet(workbook, Outlets, $"营业厅排名 · {report.Period}", "OutletRanking", ReportTables.ProvinceOutletRanking(scheme), report.OutletRanking);

        var dimensions = workbook.AddWorksheet(Dimensions);
        SheetSetup.Title(dimensions, $"维度得分与趋势 · {report.Period}", 6);
        tables["DimensionProfile"] = SheetTable.Write(dimensions, 3, 1, "DimensionProfile",
            [new TableColumn<DimensionComparisonRow>("维度", r => r.Dimension, ColumnKind.Text), new("全省", r => r.Province, ColumnKind.Score)],
            report.Dimensions);
        var trendStart = tables["DimensionProfile"].LastDataRow + 3;
        tables["Trend"] = TrendTable.Write(dimensions, trendStart, "Trend", report.Trend);
        SheetSetup.ForTable(dimensions, 3);

        tables["ItemLoss"] = TableSheet(workbook, Items, $"检查项失分 · {report.Period}", "ItemLoss", ReportTables.ItemLoss(), report.ItemLoss);
        tables["VetoVisits"] = TableSheet(workbook, Vetoes, $"一票否决 · {report.Period}", "VetoVisits", ReportTables.ProvinceVetoVisits(), report.VetoVisits);

        var satisfaction = workbook.AddWorksheet(Satisfaction);
        SheetSetup.Title(satisfaction, $"满意度 · {report.Period}", 8);
        tables["SatisfactionByCity"] = SheetTable.Write(satisfaction, 3, 1, "SatisfactionByCity", ReportTables.SatisfactionByCity(), report.SatisfactionByCity);
        var correlationRow = tables["SatisfactionByCity"].LastDataRow + 3;
        Label(satisfaction.Cell(correlationRow - 1, 1), "暗访得分与满意度指数的相关（营业厅层面，Pearson r）");
        tables["Correlation"] = SheetTable.Write(satisfaction, correlationRow, 1, "Correlation",
            [new TableColumn<CorrelationRow>("范围", r => r.Scope, ColumnKind.Text), new("相关系数r", r => r.R, ColumnKind.Number), new("营业厅数", r => r.Outlets, ColumnKind.Count)],
            report.Correlations);
        SheetSetup.ForTable(satisfaction, 3);

        var priorities = workbook.AddWorksheet(Priorities);
        SheetSetup.Title(priorities, $"改进优先级（关键驱动分析）· {report.Period}", 6);
        tables["DriverImportance"] = SheetTable.Write(priorities, 3, 1, "DriverImportance", ReportTables.DriverImportance(), report.Drivers.Rows);
        DriverNote(priorities, tables["DriverImportance"].LastDataRow + 2, report.Drivers);
        SheetSetup.ForTable(priorities, 3);

        var visitColumns = ReportTables.Visits(scheme).Select(c => new TableColumn<(string City, VisitRow Visit)>(c.Header, r => c.Value(r.Visit), c.Kind))
            .Append(new TableColumn<(string City, VisitRow Visit)>("地市", r => r.City, ColumnKind.Text)).ToList();
        tables["Visits"] = TableSheet(workbook, Visits, $"暗访明细 · {report.Period}", "Visits", visitColumns, report.Visits);
        QualitySheet.Write(workbook, Quality, report.Period, report.Quality);
        MethodSheet.Write(workbook, report.Scheme, report.Period, report.Inputs);
        return (workbook, tables);
    }

    internal static TablePlacement TableSheet<T>(XLWorkbook workbook, string sheetName, string title, string tableName, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> rows)
    {
        var sheet = workbook.AddWorksheet(sheetName);
        SheetSetup.Title(sheet, title, columns.Count);
        var placement = SheetTable.Write(sheet, 3, 1, tableName, columns, rows);
        SheetSetup.ForTable(sheet, 3);
        return placement;
    }

    internal static void DriverNote(IXLWorksheet sheet, int row, DriverSummary drivers)
    {
        var text = drivers.SkippedReason
            ?? $"基于 {drivers.Respondents} 位回答总体满意度的受访者：以各触点得分回归总体满意度（ML.NET SDCA），重要性为置换特征重要性的占比（合计 100%）"
               + (drivers.RSquared is { } r2 ? $"，模型 R² = {r2:0.00}" : string.Empty) + "。优先改进 = 重要性高于平均且表现低于平均。";
        var cell = sheet.Cell(row, 1);
        cell.SetValue(text);
        cell.SetDataType(XLDataType.Text);
        cell.Style.Font.Italic = true;
    }

    private static void Label(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.SetDataType(XLDataType.Text);
        cell.Style.Font.Bold = true;
    }
}

using ClosedXML.Excel;
using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Reports.Workbooks;

/// <summary>The cells of a city workbook (地市报告): 概览 first, then one sheet per topic, tables named as REPORTS.md says.</summary>
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

    public static (XLWorkbook Workbook, IReadOnlyDictionary<string, TablePlacement> Tables) Build(CityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scheme = report.Scheme.Scheme;
        var workbook = new XLWorkbook();
        var tables = new Dictionary<string, TablePlacement>();

        var overview = workbook.AddWorksheet(Overview);
        SheetSetup.Title(overview, $"{report.City} {report.Period} 营业厅服务暗访与满意度 · 地市报告", 8);
        KeyFigures.Write(overview, 3, report.Summary, report.PreviousPeriod, "营业厅");
        SheetSetup.Print(overview, 0);

        tables["OutletRanking"] = ProvinceWorkbook.TableSheet(workbook, Outlets, $"{report.City}营业厅排名 · {report.Period}", "OutletRanking", ReportTables.CityOutletRanking(scheme), report.OutletRanking);

        var dimensions = workbook.AddWorksheet(Dimensions);
        SheetSetup.Title(dimensions, $"{report.City}与全省的维度对比 · {report.Period}", 6);
        tables["DimensionComparison"] = SheetTable.Write(dimensions, 3, 1, "DimensionComparison", ReportTables.DimensionComparison(), report.DimensionComparison);
        tables["Trend"] = TrendTable.Write(dimensions, tables["DimensionComparison"].LastDataRow + 3, "Trend", report.Trend);
        SheetSetup.ForTable(dimensions, 3);

        tables["ItemLoss"] = ProvinceWorkbook.TableSheet(workbook, Items, $"检查项失分 · {report.Period}", "ItemLoss", ReportTables.ItemLoss(), report.ItemLoss);
        tables["VetoVisits"] = ProvinceWorkbook.TableSheet(workbook, Vetoes, $"一票否决 · {report.Period}", "VetoVisits", ReportTables.CityVetoVisits(), report.VetoVisits);
        tables["SatisfactionByOutlet"] = ProvinceWorkbook.TableSheet(workbook, Satisfaction, $"满意度 · {report.Period}", "SatisfactionByOutlet", ReportTables.SatisfactionByOutlet(), report.SatisfactionByOutlet);

        var priorities = workbook.AddWorksheet(Priorities);
        SheetSetup.Title(priorities, $"改进优先级（关键驱动分析）· {report.Period}", 6);
        tables["DriverImportance"] = SheetTable.Write(priorities, 3, 1, "DriverImportance", ReportTables.DriverImportance(), report.Drivers.Rows);
        ProvinceWorkbook.DriverNote(priorities, tables["DriverImportance"].LastDataRow + 2, report.Drivers);
        SheetSetup.ForTable(priorities, 3);

        tables["Visits"] = ProvinceWorkbook.TableSheet(workbook, Visits, $"暗访明细 · {report.Period}", "Visits", ReportTables.Visits(scheme), report.Visits);
        MethodSheet.Write(workbook, report.Scheme, report.Period, report.Inputs);
        return (workbook, tables);
    }
}

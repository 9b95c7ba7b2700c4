using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Pictures;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Rendering;

/// <summary>Writes a city workbook the same way as <see cref="ProvinceReportWriter"/>.</summary>
public static class CityReportWriter
{
    public static WrittenWorkbook Write(CityReport report, string outFolder, CjkFont font)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(font);
        var path = ReportPaths.City(outFolder, report.Period, report.Province, report.City);
        var (workbook, tables) = CityWorkbook.Build(report);
        var pictures = new List<PlacedPicture>();
        if (ReportPictures.Quadrant(report.City, report.Period, report.Drivers, font) is { } quadrant)
        {
            pictures.Add(new PlacedPicture(CityWorkbook.Priorities, quadrant, new PictureAnchor(6, 2) { Width = 800 }, ReportPictures.QuadrantName, "重要性与表现：每个触点的位置"));
        }

        if (ReportPictures.Distribution(report.City, report.Period, report.VisitScores, font) is { } distribution)
        {
            pictures.Add(new PlacedPicture(CityWorkbook.Dimensions, distribution, new PictureAnchor(6, 22) { Width = 720 }, ReportPictures.DistributionName, $"{report.City}暗访得分的分布"));
        }

        return WorkbookFile.Write(path, outFolder, workbook, document => AddCharts(document, report, tables), pictures);
    }

    private static void AddCharts(SpreadsheetDocument document, CityReport report, IReadOnlyDictionary<string, TablePlacement> tables)
    {
        var outlets = report.OutletRanking;
        if (outlets.Count > 0)
        {
            var height = Math.Max(22, 3 + outlets.Count);
            NativeCharts.Add(document, CityWorkbook.Overview, TableChart.Build(
                ChartKind.ClusteredBar, $"{report.City}各营业厅暗访得分 · {report.Period}", tables["OutletRanking"], outlets, "营业厅名称", r => r.OutletName,
                [("暗访得分", r => r.Score)], $"E3:M{height}") with { ShowValues = true, AxisMin = 0, AxisMax = 100 });
        }

        if (report.DimensionComparison.Count > 0)
        {
            NativeCharts.Add(document, CityWorkbook.Overview, TableChart.Build(
                ChartKind.ClusteredColumn, $"{report.City}与全省维度对比", tables["DimensionComparison"], report.DimensionComparison, "维度", r => r.Dimension,
                [("本市", r => r.City), ("全省", r => r.Province)], "A15:D32") with { AxisMin = 0, AxisMax = 100, ShowValues = true });
        }

        ProvinceReportWriter.AddTrend(document, CityWorkbook.Overview, $"{report.City}暗访得分趋势", tables["Trend"], report.Trend, $"E{Math.Max(22, 3 + outlets.Count) + 2}:M{Math.Max(22, 3 + outlets.Count) + 22}");
    }
}

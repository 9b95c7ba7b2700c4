using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Pictures;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Rendering;

/// <summary>
/// Writes a province workbook: cells and tables with ClosedXML, then native charts and pictures with the
/// Open XML SDK (ClosedXML has no chart API and its picture API needs GDI+), to a temporary file renamed
/// into place; the pictures also as PNG beside it.
/// </summary>
public static class ProvinceReportWriter
{
    public static WrittenWorkbook Write(ProvinceReport report, string outFolder, CjkFont font)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(font);
        var path = ReportPaths.Province(outFolder, report.Period, report.Province);
        var (workbook, tables) = ProvinceWorkbook.Build(report);
        var pictures = new List<PlacedPicture>();
        if (ReportPictures.Quadrant(report.Province, report.Period, report.Drivers, font) is { } quadrant)
        {
            pictures.Add(new PlacedPicture(ProvinceWorkbook.Priorities, quadrant, new PictureAnchor(6, 2) { Width = 800 }, ReportPictures.QuadrantName, "重要性与表现：每个触点的位置"));
        }

        if (ReportPictures.Distribution(report.Province, report.Period, report.VisitScores, font) is { } distribution)
        {
            pictures.Add(new PlacedPicture(ProvinceWorkbook.Dimensions, distribution, new PictureAnchor(6, 28) { Width = 720 }, ReportPictures.DistributionName, "全省暗访得分的分布"));
        }

        return WorkbookFile.Write(path, outFolder, workbook, document => AddCharts(document, report, tables), pictures);
    }

    private static void AddCharts(SpreadsheetDocument document, ProvinceReport report, IReadOnlyDictionary<string, TablePlacement> tables)
    {
        var cities = report.CityRanking;
        if (cities.Count > 0)
        {
            NativeCharts.Add(document, ProvinceWorkbook.Overview, TableChart.Build(
                ChartKind.ClusteredBar, $"各地市暗访得分 · {report.Period}", tables["CityRanking"], cities, "地市", r => r.City,
                [("暗访得分", r => r.Score)], "E3:M22") with { ShowValues = true, AxisMin = 0, AxisMax = 100 });
        }

        if (report.Dimensions.Count > 0)
        {
            NativeCharts.Add(document, ProvinceWorkbook.Overview, TableChart.Build(
                ChartKind.Radar, $"{report.Province}维度得分", tables["DimensionProfile"], report.Dimensions, "维度", r => r.Dimension,
                [("全省", r => r.Province)], "A15:D32") with { AxisMin = 0, AxisMax = 100 });
        }

        AddTrend(document, ProvinceWorkbook.Overview, $"全省与各地市暗访得分趋势", tables["Trend"], report.Trend, "E24:M44");

        var satisfaction = report.SatisfactionByCity;
        if (satisfaction.Count > 0)
        {
            NativeCharts.Add(document, ProvinceWorkbook.Satisfaction, TableChart.Build(
                ChartKind.ClusteredColumn, $"各地市满意度指数与 NPS · {report.Period}", tables["SatisfactionByCity"], satisfaction, "地市", r => r.Name,
                [("满意度指数", r => r.Index), ("NPS", r => r.Nps)], "N3:X22") with { ShowValues = true });
        }
    }

    internal static void AddTrend(SpreadsheetDocument document, string sheet, string title, TablePlacement table, IReadOnlyList<TrendPoint> points, string anchor)
    {
        var periods = points.Select(p => p.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        var scopes = points.Select(p => p.Scope).Distinct().ToList();
        if (periods.Count == 0)
        {
            return;
        }

        var lookup = points.ToDictionary(p => (p.Period, p.Scope), p => p.Score);
        NativeCharts.Add(document, sheet, TableChart.Build(
            ChartKind.Line, title, table, periods, "周期", p => p,
            scopes.Select(s => (s, (Func<string, double?>)(p => lookup.GetValueOrDefault((p, s))))).ToList(), anchor));
    }
}

using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;

namespace Satisfaction.Reports.Layout;

/// <summary>The two ScottPlot pictures a workbook places, when it has what they show.</summary>
internal static class ReportDrawings
{
    /// <summary>Pictures are 26 standard rows (520 px, 390 pt) tall: a printed page holds one whole, with the repeated header row.</summary>
    private const int PictureRows = 26;

    public static IEnumerable<SheetDrawing> Quadrant(string scope, string period, DriverSummary drivers, CjkFont font) =>
        ReportPictures.Quadrant(scope, period, drivers, font) is { } png
            ? [new PictureDrawing(png, ReportPictures.QuadrantName, "重要性与表现：每个触点的位置") { Rows = PictureRows }]
            : [];

    public static IEnumerable<SheetDrawing> Distribution(string scope, string period, IReadOnlyList<double> scores, string description, CjkFont font) =>
        ReportPictures.Distribution(scope, period, scores, font) is { } png
            ? [new PictureDrawing(png, ReportPictures.DistributionName, description) { Rows = PictureRows }]
            : [];

    public static IEnumerable<SheetDrawing> Chart(ChartDrawing? chart) => chart is null ? [] : [chart];
}

using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Pictures;

namespace Satisfaction.Reports.Rendering;

// The two ScottPlot pictures of every workbook: the improvement-priority quadrant (when there are
// drivers) and the distribution of visit scores (when there are visits), drawn at the size the sheet shows
// them (<see cref="PictureSize.Shown"/>).
internal static class ReportPictures
{
    public const string QuadrantName = "改进优先级";
    public const string DistributionName = "暗访得分分布";

    public static byte[]? Quadrant(string scope, string period, DriverSummary drivers, CjkFont font) =>
        drivers.Rows.Count == 0 ? null : PriorityQuadrantPicture.Render(
            new PriorityQuadrant
            {
                Title = $"{scope} {period} 改进优先级",
                Points = drivers.Rows.Select(r => new QuadrantPoint($"{r.Code} {r.Text}", r.Importance, r.Performance)).ToList(),
            },
            font,
            PictureSize.Shown);

    public static byte[]? Distribution(string scope, string period, IReadOnlyList<double> scores, CjkFont font) =>
        scores.Count == 0 ? null : ScoreDistributionPicture.Render(
            new ScoreDistribution { Title = $"{scope} {period} 暗访得分分布", Scores = scores },
            font,
            PictureSize.Shown);

    public static string Beside(string workbook, string suffix) =>
        Path.Combine(Path.GetDirectoryName(workbook)!, $"{Path.GetFileNameWithoutExtension(workbook)}_{suffix}.png");
}

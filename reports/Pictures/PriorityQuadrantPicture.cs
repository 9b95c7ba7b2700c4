using System.Globalization;
using Satisfaction.Reports.Fonts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Satisfaction.Reports.Pictures;

/// <summary>Draws a <see cref="PriorityQuadrant"/> with ScottPlot: labelled points, dashed mean lines, quadrant names in the corners.</summary>
public static class PriorityQuadrantPicture
{
    private static readonly Color Priority = Color.FromHex("#C0392B");
    private static readonly Color Strength = Color.FromHex("#2E7D32");
    private static readonly Color Secondary = Color.FromHex("#E67E22");
    private static readonly Color Maintain = Color.FromHex("#2F5597");

    /// <summary>PNG bytes of the quadrant.</summary>
    /// <exception cref="CjkFontException">The font lacks a character of some label.</exception>
    public static byte[] Render(PriorityQuadrant quadrant, CjkFont font, PictureSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(quadrant);
        ArgumentNullException.ThrowIfNull(font);
        quadrant.Validate();
        size ??= PictureSize.Default;
        size.Validate();
        font.EnsureCovers(quadrant.Texts());

        using var plot = new Plot();
        plot.Font.Set(font.Family);
        plot.Title(quadrant.Title, 22);
        plot.XLabel(quadrant.ImportanceLabel, 16);
        plot.YLabel(quadrant.PerformanceLabel, 16);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = v => v.ToString("0%", CultureInfo.InvariantCulture),
        };

        var meanX = quadrant.MeanImportance;
        var meanY = quadrant.MeanPerformance;
        var maxX = Math.Max(quadrant.Points.Max(p => p.Importance), meanX * 2) * 1.3;
        var minY = Math.Max(0, Math.Floor(Math.Min(quadrant.Points.Min(p => p.Performance), meanY) / 5) * 5 - 5);
        var maxY = Math.Min(100, Math.Ceiling(Math.Max(quadrant.Points.Max(p => p.Performance), meanY) / 5) * 5 + 5);
        plot.Axes.SetLimits(0, maxX, minY, maxY);

        AddMeanLines(plot, quadrant, font.Family, maxX, maxY);
        foreach (var point in quadrant.Points)
            AddPoint(plot, point, ColorOf(point, meanX, meanY), font.Family);

        AddCorner(plot, PriorityQuadrant.MaintainName, Alignment.UpperLeft, Maintain, font.Family);
        AddCorner(plot, PriorityQuadrant.StrengthName, Alignment.UpperRight, Strength, font.Family);
        AddCorner(plot, PriorityQuadrant.SecondaryName, Alignment.LowerLeft, Secondary, font.Family);
        AddCorner(plot, PriorityQuadrant.PriorityName, Alignment.LowerRight, Priority, font.Family);

        return PlotPng.Render(plot, size);
    }

    private static Color ColorOf(QuadrantPoint point, double meanX, double meanY) =>
        (point.Importance >= meanX, point.Performance >= meanY) switch
        {
            (true, false) => Priority,
            (true, true) => Strength,
            (false, false) => Secondary,
            (false, true) => Maintain,
        };

    private static void AddPoint(Plot plot, QuadrantPoint point, Color color, string family)
    {
        var marker = plot.Add.Marker(point.Importance, point.Performance, MarkerShape.FilledCircle, 14, color);
        marker.MarkerLineColor = Colors.White;
        var label = plot.Add.Text(point.Label, point.Importance, point.Performance);
        label.LabelFontName = family;
        label.LabelFontSize = 15;
        label.LabelFontColor = Colors.Black;
        label.LabelAlignment = Alignment.MiddleLeft;
        label.OffsetX = 10;
    }

    private static void AddMeanLines(Plot plot, PriorityQuadrant quadrant, string family, double maxX, double maxY)
    {
        plot.Add.VerticalLine(quadrant.MeanImportance, 1.5f, Colors.Gray, LinePattern.Dashed);
        plot.Add.HorizontalLine(quadrant.MeanPerformance, 1.5f, Colors.Gray, LinePattern.Dashed);
        AddCaption(plot, quadrant.MeanImportanceCaption, quadrant.MeanImportance, maxY, Alignment.UpperLeft, family);
        AddCaption(plot, quadrant.MeanPerformanceCaption, maxX, quadrant.MeanPerformance, Alignment.LowerRight, family);
    }

    private static void AddCaption(Plot plot, string text, double x, double y, Alignment alignment, string family)
    {
        var caption = plot.Add.Text(text, x, y);
        caption.LabelFontName = family;
        caption.LabelFontSize = 13;
        caption.LabelFontColor = Colors.DimGray;
        caption.LabelAlignment = alignment;
        caption.OffsetX = alignment == Alignment.UpperLeft ? 6 : -6;
        caption.OffsetY = alignment == Alignment.UpperLeft ? 6 : -4;
    }

    private static void AddCorner(Plot plot, string name, Alignment corner, Color color, string family)
    {
        var annotation = plot.Add.Annotation(name, corner);
        annotation.LabelFontName = family;
        annotation.LabelFontSize = 20;
        annotation.LabelBold = true;
        annotation.LabelFontColor = color;
        annotation.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        annotation.LabelBorderColor = color;
        annotation.LabelShadowColor = Colors.Transparent;
    }
}

using Satisfaction.Reports.Fonts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Satisfaction.Reports.Pictures;

/// <summary>Draws a <see cref="ScoreDistribution"/> with ScottPlot: a histogram over 0–100 with the mean as a dashed line.</summary>
public static class ScoreDistributionPicture
{
    private static readonly Color BarColor = Color.FromHex("#4472C4");
    private static readonly Color MeanColor = Color.FromHex("#C0392B");

    /// <summary>PNG bytes of the histogram.</summary>
    /// <exception cref="CjkFontException">The font lacks a character of some label.</exception>
    public static byte[] Render(ScoreDistribution distribution, CjkFont font, PictureSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(font);
        distribution.Validate();
        size ??= PictureSize.Default;
        size.Validate();
        font.EnsureCovers(distribution.Texts());

        using var plot = new Plot();
        plot.Font.Set(font.Family);
        plot.Title(distribution.Title, 22);
        plot.XLabel(distribution.ScoreLabel, 16);
        plot.YLabel(distribution.CountLabel, 16);

        var counts = distribution.Counts();
        var width = distribution.BinWidth;
        var bars = counts.Select((count, i) => new Bar
        {
            Position = (i + 0.5) * width,
            Value = count,
            Size = width,
            FillColor = BarColor,
            LineColor = Colors.White,
            LineWidth = 1,
        });
        plot.Add.Bars(bars.ToList());

        var top = Math.Max(1, counts.Max()) * 1.15;
        var meanX = double.IsNaN(distribution.Mean) ? 0 : distribution.Mean;
        plot.Add.VerticalLine(meanX, 2, MeanColor, LinePattern.Dashed);
        var caption = plot.Add.Text(distribution.MeanCaption, meanX, top);
        caption.LabelFontName = font.Family;
        caption.LabelFontSize = 14;
        caption.LabelFontColor = Colors.White;
        caption.LabelBackgroundColor = MeanColor;
        caption.LabelPadding = 4;
        caption.LabelAlignment = meanX > 50 ? Alignment.UpperRight : Alignment.UpperLeft;
        caption.OffsetX = meanX > 50 ? -6 : 6;
        caption.OffsetY = 6;

        plot.Axes.Bottom.TickGenerator = new NumericFixedInterval(10);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimits(0, 100, 0, top);

        return PlotPng.Render(plot, size);
    }
}

using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>The category and value axes of a chart.</summary>
internal static class ChartAxes
{
    private const string AxisLineColor = "BFBFBF";
    private const string GridColor = "E0E0E0";

    /// <summary>Horizontal bars list the first category at the top, as a ranking reads.</summary>
    private static bool Reversed(ChartSpec spec) => spec.Kind == ChartKind.ClusteredBar;

    internal static C.CategoryAxis Category(ChartSpec spec, uint id, uint crossId)
    {
        var axis = new C.CategoryAxis(
            new C.AxisId { Val = id },
            new C.Scaling(new C.Orientation
            {
                Val = Reversed(spec) ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax,
            }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = spec.Kind == ChartKind.ClusteredBar ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom });
        if (spec.Kind == ChartKind.Radar)
            axis.Append(new C.MajorGridlines(ChartShapes.Line(GridColor)));
        axis.Append(
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            ChartShapes.Line(AxisLineColor),
            ChartText.Properties(spec.FontFamily, 900),
            new C.CrossingAxis { Val = crossId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        return axis;
    }

    internal static C.ValueAxis Value(ChartSpec spec, uint id, uint crossId)
    {
        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (spec.AxisMax is { } max)
            scaling.Append(new C.MaxAxisValue { Val = max });
        if (spec.AxisMin is { } min)
            scaling.Append(new C.MinAxisValue { Val = min });

        var axis = new C.ValueAxis(
            new C.AxisId { Val = id },
            scaling,
            new C.Delete { Val = false },
            new C.AxisPosition { Val = spec.Kind == ChartKind.ClusteredBar ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(ChartShapes.Line(GridColor)));
        if (spec.ValueAxisTitle is { } title)
            axis.Append(ChartText.Title(title, spec.FontFamily, 1000));
        axis.Append(
            new C.NumberingFormat { FormatCode = spec.NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = spec.Kind == ChartKind.Radar ? C.TickMarkValues.Cross : C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            spec.Kind == ChartKind.Radar ? ChartShapes.Line(AxisLineColor) : ChartShapes.NoFill(),
            ChartText.Properties(spec.FontFamily, 900),
            new C.CrossingAxis { Val = crossId },
            new C.Crosses { Val = Reversed(spec) ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
        return axis;
    }
}

using DocumentFormat.OpenXml;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>The plot element of each <see cref="ChartKind"/> (c:barChart, c:lineChart, c:radarChart) with its series.</summary>
internal static class ChartPlots
{
    internal static OpenXmlCompositeElement Create(ChartSpec spec, uint categoryAxisId, uint valueAxisId) =>
        spec.Kind switch
        {
            ChartKind.ClusteredBar => Bar(spec, C.BarDirectionValues.Bar, categoryAxisId, valueAxisId),
            ChartKind.ClusteredColumn => Bar(spec, C.BarDirectionValues.Column, categoryAxisId, valueAxisId),
            ChartKind.Line => Line(spec, categoryAxisId, valueAxisId),
            ChartKind.Radar => Radar(spec, categoryAxisId, valueAxisId),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown chart kind."),
        };

    private static C.BarChart Bar(ChartSpec spec, C.BarDirectionValues direction, uint catId, uint valId)
    {
        var chart = new C.BarChart(
            new C.BarDirection { Val = direction },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            chart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                ChartData.Name(series),
                ChartShapes.Filled(ChartShapes.SeriesColor(i)),
                new C.InvertIfNegative { Val = false },
                ChartData.Categories(spec.Categories),
                ChartData.Values(series, spec.NumberFormat)));
        }

        if (spec.ShowValues)
            chart.Append(Labels(spec, C.DataLabelPositionValues.OutsideEnd));
        chart.Append(new C.GapWidth { Val = 60 }, new C.Overlap { Val = spec.Series.Count > 1 ? (sbyte)-10 : (sbyte)0 });
        chart.Append(new C.AxisId { Val = catId }, new C.AxisId { Val = valId });
        return chart;
    }

    private static C.LineChart Line(ChartSpec spec, uint catId, uint valId)
    {
        var chart = new C.LineChart(
            new C.Grouping { Val = C.GroupingValues.Standard },
            new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var color = ChartShapes.SeriesColor(i);
            chart.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                ChartData.Name(series),
                ChartShapes.Stroke(color),
                Marker(color),
                ChartData.Categories(spec.Categories),
                ChartData.Values(series, spec.NumberFormat),
                new C.Smooth { Val = false }));
        }

        if (spec.ShowValues)
            chart.Append(Labels(spec, C.DataLabelPositionValues.Top));
        chart.Append(new C.ShowMarker { Val = true });
        chart.Append(new C.AxisId { Val = catId }, new C.AxisId { Val = valId });
        return chart;
    }

    private static C.RadarChart Radar(ChartSpec spec, uint catId, uint valId)
    {
        var chart = new C.RadarChart(
            new C.RadarStyle { Val = C.RadarStyleValues.Marker },
            new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var color = ChartShapes.SeriesColor(i);
            chart.Append(new C.RadarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                ChartData.Name(series),
                ChartShapes.Stroke(color),
                Marker(color),
                ChartData.Categories(spec.Categories),
                ChartData.Values(series, spec.NumberFormat)));
        }

        if (spec.ShowValues)
            chart.Append(Labels(spec, position: null));
        chart.Append(new C.AxisId { Val = catId }, new C.AxisId { Val = valId });
        return chart;
    }

    private static C.Marker Marker(string color) =>
        new(
            new C.Symbol { Val = C.MarkerStyleValues.Circle },
            new C.Size { Val = 6 },
            ChartShapes.Filled(color));

    private static C.DataLabels Labels(ChartSpec spec, C.DataLabelPositionValues? position)
    {
        var labels = new C.DataLabels(
            new C.NumberingFormat { FormatCode = spec.NumberFormat, SourceLinked = false },
            ChartShapes.NoFill(),
            ChartText.Properties(spec.FontFamily, 900));
        if (position is { } p)
            labels.Append(new C.DataLabelPosition { Val = p });
        labels.Append(
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = true },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = false },
            new C.ShowBubbleSize { Val = false });
        return labels;
    }
}

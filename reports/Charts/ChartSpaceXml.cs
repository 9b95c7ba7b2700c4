using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>The whole chart part (c:chartSpace) for a <see cref="ChartSpec"/>.</summary>
internal static class ChartSpaceXml
{
    private const uint CategoryAxisId = 100100;
    private const uint ValueAxisId = 100200;

    internal static C.ChartSpace Create(ChartSpec spec)
    {
        var plotArea = new C.PlotArea(
            new C.Layout(),
            ChartPlots.Create(spec, CategoryAxisId, ValueAxisId),
            ChartAxes.Category(spec, CategoryAxisId, ValueAxisId),
            ChartAxes.Value(spec, ValueAxisId, CategoryAxisId),
            ChartShapes.NoFill());

        var chart = new C.Chart(
            ChartText.Title(spec.Title, spec.FontFamily, 1400),
            new C.AutoTitleDeleted { Val = false },
            plotArea);
        if (spec.ShowLegend ?? spec.Series.Count > 1)
        {
            chart.Append(new C.Legend(
                new C.LegendPosition { Val = C.LegendPositionValues.Bottom },
                new C.Overlay { Val = false },
                ChartText.Properties(spec.FontFamily, 900)));
        }

        chart.Append(
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = ChartText.Language },
            new C.RoundedCorners { Val = false },
            chart,
            ChartShapes.Background(),
            ChartText.Properties(spec.FontFamily, 1000));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }
}

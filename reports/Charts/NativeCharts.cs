using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Satisfaction.Reports.Charts;

/// <summary>Adds native Excel charts, bound to cell ranges, to a workbook opened for editing with the Open XML SDK.</summary>
public static class NativeCharts
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>
    /// Adds the chart of <paramref name="spec"/> to sheet <paramref name="sheetName"/>, in the sheet's drawing part
    /// (created on the first drawing, shared after). The caller saves or disposes <paramref name="document"/>.
    /// </summary>
    /// <returns>The drawing-object name given to the chart ("图表 n").</returns>
    public static string Add(SpreadsheetDocument document, string sheetName, ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        var worksheetPart = WorksheetDrawings.Worksheet(document, sheetName);
        var name = Add(new SdkDrawingParts(WorksheetDrawings.Of(worksheetPart)), spec);
        worksheetPart.DrawingsPart!.WorksheetDrawing.Save();
        worksheetPart.Worksheet.Save();
        return name;
    }

    /// <summary>
    /// Adds the chart of <paramref name="spec"/> to a sheet's drawing part (the streaming writer makes the part
    /// before it writes the sheet). The caller saves the part's drawing.
    /// </summary>
    internal static string Add(IDrawingParts parts, ChartSpec spec)
    {
        spec.Validate();
        var chartId = parts.AddChart(ChartSpaceXml.Create(spec));

        var id = WorksheetDrawings.NextId(parts.Drawing);
        var name = $"图表 {parts.Charts}";
        parts.Drawing.Append(new Xdr.TwoCellAnchor(
            WorksheetDrawings.From(spec.Anchor),
            WorksheetDrawings.To(spec.Anchor),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = name, Description = spec.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(
                    new C.ChartReference { Id = chartId })
                {
                    Uri = ChartUri,
                }))
            {
                Macro = string.Empty,
            },
            new Xdr.ClientData())
        {
            EditAs = Xdr.EditAsValues.OneCell,
        });
        return name;
    }
}

using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>The drawing part of a worksheet in a document opened with the Open XML SDK, for adding to an existing workbook.</summary>
internal sealed class SdkDrawingParts(DrawingsPart part) : IDrawingParts
{
    public A.WorksheetDrawing Drawing => part.WorksheetDrawing;

    public int Charts => part.ChartParts.Count();

    public string AddChart(C.ChartSpace chart)
    {
        var chartPart = part.AddNewPart<ChartPart>();
        chartPart.ChartSpace = chart;
        chart.Save();
        return part.GetIdOfPart(chartPart);
    }

    public string AddPng(byte[] png)
    {
        var imagePart = part.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png, writable: false))
            imagePart.FeedData(stream);
        return part.GetIdOfPart(imagePart);
    }
}

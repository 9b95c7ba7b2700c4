using Satisfaction.Reports.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// A worksheet's drawing in the package <see cref="XlsxWorkbookWriter"/> streams: each chart and picture is
/// written as its own part when added, the drawing itself (kept in memory: it is small) by <see cref="Save"/>.
/// </summary>
internal sealed class PackageDrawingParts(XlsxPackage package) : IDrawingParts
{
    private const string ContentType = "application/vnd.openxmlformats-officedocument.drawing+xml";
    private const string ChartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

    public string Part { get; } = package.NextName("xl/drawings/drawing", "xml");

    public Xdr.WorksheetDrawing Drawing { get; } = WorksheetDrawings.NewDrawing();

    public int Charts { get; private set; }

    public string AddChart(C.ChartSpace chart)
    {
        var name = package.NextName("xl/charts/chart", "xml");
        using (var stream = package.Create(name, ChartContentType))
            chart.Save(stream);
        Charts++;
        return package.Relate(Part, name, "chart");
    }

    public string AddPng(byte[] png)
    {
        var name = package.NextName("xl/media/image", "png");
        using (var stream = package.Create(name, "image/png"))
            stream.Write(png);
        return package.Relate(Part, name, "image");
    }

    public void Save()
    {
        using var stream = package.Create(Part, ContentType);
        Drawing.Save(stream);
    }
}

using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Reports.Pictures;
using Satisfaction.Reports.Tests.Support;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Satisfaction.Reports.Tests.Pictures;

[Collection(SampleReportGroup.Name)]
public sealed class SheetPicturesTests(SampleReport sample)
{
    [Fact]
    public void TheWorkbookHoldsBothPicturesWithTheirNames()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var pictures = document.WorkbookPart!.WorksheetParts
            .Where(w => w.DrawingsPart is not null)
            .SelectMany(w => w.DrawingsPart!.WorksheetDrawing.Descendants<Xdr.Picture>())
            .Select(p => p.NonVisualPictureProperties!.NonVisualDrawingProperties!.Name!.Value)
            .Order()
            .ToList();
        Assert.Equal(["得分分布", "改进优先级"], pictures);
        Assert.Equal(2, document.WorkbookPart.WorksheetParts.Sum(w => w.DrawingsPart?.ImageParts.Count() ?? 0));
    }

    [Fact]
    public void APictureSharesTheDrawingPartOfTheChartsOnItsSheet()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var drawing = document.WorkbookPart!.WorksheetParts
            .Select(w => w.DrawingsPart)
            .OfType<DrawingsPart>()
            .Single(d => d.ImageParts.Any() && d.ChartParts.Any());
        var ids = drawing.WorksheetDrawing.Descendants<Xdr.NonVisualDrawingProperties>().Select(p => p.Id!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Single(drawing.WorksheetDrawing.Descendants<Xdr.Picture>());
    }

    [Fact]
    public void APictureGivenOnlyAWidthKeepsItsAspectRatio()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var extent = document.WorkbookPart!.WorksheetParts
            .SelectMany(w => w.DrawingsPart?.WorksheetDrawing.Elements<Xdr.OneCellAnchor>() ?? [])
            .First()
            .Extent!;
        Assert.Equal(800 * 9525L, extent.Cx!.Value);
        Assert.Equal(560 * 9525L, extent.Cy!.Value);
    }

    [Fact]
    public void BytesThatAreNotAPngAreRefused() =>
        Assert.Throws<ArgumentException>(() => PngHeader.Read("GIF89a not a png at all"u8));
}

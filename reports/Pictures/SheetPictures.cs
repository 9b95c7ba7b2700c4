using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Reports.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Satisfaction.Reports.Pictures;

/// <summary>Places PNG pictures in a worksheet through the Open XML SDK, in the drawing part its charts share.</summary>
public static class SheetPictures
{
    /// <summary>English Metric Units per pixel at 96 dpi.</summary>
    private const long EmuPerPixel = 9525;

    /// <summary>
    /// Adds <paramref name="png"/> to sheet <paramref name="sheetName"/> at <paramref name="anchor"/>, named
    /// <paramref name="name"/> with <paramref name="description"/> as its alternative text. The caller saves or disposes
    /// <paramref name="document"/>.
    /// </summary>
    public static void Add(
        SpreadsheetDocument document, string sheetName, byte[] png, PictureAnchor anchor, string name, string description)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        anchor.Validate();
        var worksheetPart = WorksheetDrawings.Worksheet(document, sheetName);
        Add(new SdkDrawingParts(WorksheetDrawings.Of(worksheetPart)), png, anchor, name, description);
        worksheetPart.DrawingsPart!.WorksheetDrawing.Save();
        worksheetPart.Worksheet.Save();
    }

    /// <summary>Adds the picture to a sheet's drawing part; the caller saves the part's drawing.</summary>
    internal static void Add(IDrawingParts parts, byte[] png, PictureAnchor anchor, string name, string description)
    {
        anchor.Validate();
        var header = PngHeader.Read(png);
        var (width, height) = anchor.SizeFor(header);
        var imageId = parts.AddPng(png);

        var extents = new A.Extents { Cx = width * EmuPerPixel, Cy = height * EmuPerPixel };
        parts.Drawing.Append(new Xdr.OneCellAnchor(
            new Xdr.FromMarker(
                new Xdr.ColumnId(anchor.Column.ToString(CultureInfo.InvariantCulture)),
                new Xdr.ColumnOffset("0"),
                new Xdr.RowId(anchor.Row.ToString(CultureInfo.InvariantCulture)),
                new Xdr.RowOffset("0")),
            new Xdr.Extent { Cx = extents.Cx, Cy = extents.Cy },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties
                    {
                        Id = WorksheetDrawings.NextId(parts.Drawing),
                        Name = name,
                        Description = description,
                    },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(
                    new A.Blip { Embed = imageId },
                    new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, extents),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData()));
    }
}

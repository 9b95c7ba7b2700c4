using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Satisfaction.Reports.Charts;

/// <summary>
/// The one drawing part of a worksheet, shared by its charts and pictures: found or created (with the sheet's
/// <c>drawing</c> element in its schema place), and handing out drawing-object ids unique within it.
/// </summary>
internal static class WorksheetDrawings
{
    internal static WorksheetPart Worksheet(SpreadsheetDocument document, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        var workbookPart = document.WorkbookPart
            ?? throw new ArgumentException("The document has no workbook part.", nameof(document));
        var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.FirstOrDefault(s => s.Name?.Value == sheetName)
            ?? throw new ArgumentException(
                $"No sheet '{sheetName}' in the workbook (sheets: {string.Join(", ", sheets.Select(s => s.Name?.Value))}).",
                nameof(sheetName));
        return workbookPart.GetPartById(sheet.Id?.Value ?? string.Empty) as WorksheetPart
            ?? throw new ArgumentException($"Sheet '{sheetName}' is not a worksheet.", nameof(sheetName));
    }

    internal static DrawingsPart Of(WorksheetPart worksheetPart)
    {
        if (worksheetPart.DrawingsPart is { } existing)
        {
            existing.WorksheetDrawing ??= NewDrawing();
            return existing;
        }

        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        drawingsPart.WorksheetDrawing = NewDrawing();
        var worksheet = worksheetPart.Worksheet;
        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };
        var follower = worksheet.ChildElements.FirstOrDefault(IsAfterDrawing);
        if (follower is null)
            worksheet.Append(drawing);
        else
            worksheet.InsertBefore(drawing, follower);
        return drawingsPart;
    }

    /// <summary>The next free id for a drawing object's cNvPr in this part.</summary>
    internal static uint NextId(Xdr.WorksheetDrawing drawing) =>
        drawing.Descendants<Xdr.NonVisualDrawingProperties>()
            .Select(p => p.Id?.Value ?? 0u)
            .DefaultIfEmpty(1u)
            .Max() + 1;

    internal static Xdr.FromMarker From(CellAnchor anchor) =>
        new(
            new Xdr.ColumnId(anchor.FromColumn.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(anchor.FromRow.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));

    internal static Xdr.ToMarker To(CellAnchor anchor) =>
        new(
            new Xdr.ColumnId(anchor.ToColumn.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(anchor.ToRow.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));

    internal static Xdr.WorksheetDrawing NewDrawing()
    {
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        return drawing;
    }

    /// <summary>Worksheet children that CT_Worksheet places after <c>drawing</c>.</summary>
    private static bool IsAfterDrawing(OpenXmlElement element) =>
        element is LegacyDrawing or LegacyDrawingHeaderFooter or DrawingHeaderFooter or Picture or OleObjects
            or Controls or WebPublishItems or TableParts or WorksheetExtensionList;
}

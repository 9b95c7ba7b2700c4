using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Reports.Pictures;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Rendering;

// Both workbook kinds are written the same way: ClosedXML saves the cells to a temporary file in the out
// folder's staging folder, the Open XML SDK adds the native charts and pictures (ClosedXML has no chart API
// and its picture API needs GDI+), the file is renamed into place, and each picture is also written as PNG beside it.
internal static class WorkbookFile
{
    public static WrittenWorkbook Write(string path, string outFolder, XLWorkbook workbook, Action<SpreadsheetDocument> addCharts, IReadOnlyList<PlacedPicture> pictures)
    {
        var staging = StagingFolder.Of(outFolder);
        using (workbook)
        {
            AtomicFile.Write(path, staging, temporary =>
            {
                workbook.SaveAs(temporary);
                using var document = SpreadsheetDocument.Open(temporary, true);
                addCharts(document);
                foreach (var picture in pictures)
                {
                    SheetPictures.Add(document, picture.Sheet, picture.Png, picture.Anchor, picture.Name, picture.Description);
                }
            });
        }

        var written = new List<string>();
        foreach (var picture in pictures)
        {
            var png = ReportPictures.Beside(path, picture.Name);
            AtomicFile.Write(png, staging, temporary => File.WriteAllBytes(temporary, picture.Png));
            written.Add(png);
        }

        return new WrittenWorkbook(path, written);
    }
}

/// <summary>A picture for a sheet: where it goes, and the name its PNG file takes beside the workbook.</summary>
internal sealed record PlacedPicture(string Sheet, byte[] Png, PictureAnchor Anchor, string Name, string Description);

using Satisfaction.Reports.Layout;
using Satisfaction.Reports.Workbooks;
using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Rendering;

// Every workbook kind is written the same way: the description written by the one writer to a temporary
// file in the out folder's staging folder, renamed into place, and each picture also written as PNG beside it.
internal static class WorkbookFile
{
    public static WrittenWorkbook Write(string path, string outFolder, WorkbookLayout layout)
    {
        var staging = StagingFolder.Of(outFolder);
        AtomicFile.Write(path, staging, temporary => XlsxWorkbookWriter.Write(layout, temporary));
        var written = new List<string>();
        foreach (var picture in layout.Sheets.SelectMany(s => s.Drawings).OfType<PictureDrawing>())
        {
            var png = ReportPictures.Beside(path, picture.Name);
            AtomicFile.Write(png, staging, temporary => File.WriteAllBytes(temporary, picture.Png));
            written.Add(png);
        }

        return new WrittenWorkbook(path, written);
    }
}

using ClosedXML.Excel;

namespace Satisfaction.Reports.Workbooks;

/// <summary>What every data sheet gets: frozen header rows, and print set-up for offices that print them.</summary>
internal static class SheetSetup
{
    public static void ForTable(IXLWorksheet sheet, int headerRow)
    {
        sheet.SheetView.FreezeRows(headerRow);
        Print(sheet, headerRow);
    }

    public static void Print(IXLWorksheet sheet, int repeatRows)
    {
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        if (repeatRows > 0)
        {
            sheet.PageSetup.SetRowsToRepeatAtTop(1, repeatRows);
        }

        sheet.PageSetup.Margins.Left = 0.4;
        sheet.PageSetup.Margins.Right = 0.4;
        sheet.PageSetup.CenterHorizontally = true;
    }

    public static void Title(IXLWorksheet sheet, string text, int columns)
    {
        var title = sheet.Cell(1, 1);
        title.SetValue(text);
        title.SetDataType(XLDataType.Text);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        sheet.Range(1, 1, 1, Math.Max(columns, 1)).Merge();
        sheet.Row(1).Height = 28;
    }
}

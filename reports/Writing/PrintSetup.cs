using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// How a sheet prints: A4 landscape, one page wide (概览 one page in all), centred, a header with the report's
/// title and the sheet's name, a footer 第 N 页 / 共 M 页, and the manual breaks that keep drawings whole.
/// The repeated header row is a defined name of the workbook (<see cref="PrintTitles"/>).
/// </summary>
internal static class PrintSetup
{
    public static IEnumerable<OpenXmlElement> For(SheetPlan plan, string title)
    {
        yield return new PrintOptions { HorizontalCentered = true };
        yield return new PageMargins { Left = 0.4, Right = 0.4, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 };
        yield return new PageSetup
        {
            PaperSize = 9,
            Orientation = OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = plan.Layout.Kind == SheetKind.Overview ? 1u : 0u,
        };
        yield return new HeaderFooter(
            new OddHeader($"&L{Escape(title)}&R&A"),
            new OddFooter("&C第 &P 页 / 共 &N 页"));
        if (plan.RowBreaks.Count > 0)
        {
            yield return new RowBreaks(plan.RowBreaks.Select(r => new Break { Id = (uint)r, Max = 16383, ManualPageBreak = true }))
            {
                Count = (uint)plan.RowBreaks.Count,
                ManualBreakCount = (uint)plan.RowBreaks.Count,
            };
        }
    }

    /// <summary>The print titles of a sheet whose table header repeats on every page, e.g. '营业厅排名'!$3:$3.</summary>
    public static DefinedName? PrintTitles(SheetPlan plan, int sheetIndex) =>
        plan.HeaderRow is { } row
            ? new DefinedName($"'{plan.Layout.Name.Replace("'", "''", StringComparison.Ordinal)}'!${row}:${row}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)sheetIndex }
            : null;

    // In header and footer codes '&' starts a code; a literal one is doubled.
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// The one writer of every workbook kind: places each sheet of a <see cref="WorkbookLayout"/>, then writes the
/// package with the Open XML SDK, the worksheets streamed (<see cref="SheetWriter"/>), the shared strings and
/// styles last. Everything lives in the call: several workbooks can be written at once, one per thread.
/// </summary>
public static class XlsxWorkbookWriter
{
    public static void Write(WorkbookLayout layout, string path)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var plans = layout.Sheets.Select(SheetPlan.Place).ToList();
        var duplicate = plans.SelectMany(p => p.Tables.Keys).GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Table name '{duplicate.Key}' is used twice; Excel needs each table's name once in a workbook.", nameof(layout));
        }

        var context = new WorkbookContext(layout.Title, plans.SelectMany(p => p.Tables).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheets = new Sheets();
        var titles = new List<DefinedName>();
        for (var i = 0; i < plans.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            SheetWriter.Write(part, plans[i], context, selected: i == 0);
            sheets.Append(new Sheet { Name = plans[i].Layout.Name, SheetId = (uint)i + 1, Id = workbookPart.GetIdOfPart(part) });
            if (PrintSetup.PrintTitles(plans[i], i) is { } printTitles)
            {
                titles.Add(printTitles);
            }
        }

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = context.Styles.Build();
        stylesPart.Stylesheet.Save();
        context.Strings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>());

        var workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
        if (titles.Count > 0)
        {
            workbook.Append(new DefinedNames(titles));
        }

        workbookPart.Workbook = workbook;
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        workbook.Save();
    }
}

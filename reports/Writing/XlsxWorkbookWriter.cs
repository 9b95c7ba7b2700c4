using DocumentFormat.OpenXml.Spreadsheet;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// The one writer of every workbook kind: places each sheet of a <see cref="WorkbookLayout"/>, then streams the
/// package (<see cref="XlsxPackage"/>): each sheet's drawing and tables, the worksheet (<see cref="SheetWriter"/>),
/// then the styles, the shared strings and the workbook. Small parts are Open XML SDK elements serialised as they
/// are finished. Everything lives in the call: several workbooks can be written at once, one per thread.
/// </summary>
public static class XlsxWorkbookWriter
{
    private const string WorkbookPart = "xl/workbook.xml";
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string StylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

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
        using var package = new XlsxPackage(path);
        package.Relate(XlsxPackage.Root, WorkbookPart, "officeDocument");
        var sheets = new Sheets();
        var titles = new List<DefinedName>();
        for (var i = 0; i < plans.Count; i++)
        {
            var part = package.NextName("xl/worksheets/sheet", "xml");
            SheetWriter.Write(package, part, plans[i], context, selected: i == 0);
            sheets.Append(new Sheet { Name = plans[i].Layout.Name, SheetId = (uint)i + 1, Id = package.Relate(WorkbookPart, part, "worksheet") });
            if (PrintSetup.PrintTitles(plans[i], i) is { } printTitles)
            {
                titles.Add(printTitles);
            }
        }

        using (var styles = package.Create("xl/styles.xml", StylesContentType))
            context.Styles.Build().Save(styles);
        package.Relate(WorkbookPart, "xl/styles.xml", "styles");
        using (var strings = package.Create("xl/sharedStrings.xml", SharedStrings.ContentType))
            context.Strings.WriteTo(strings);
        package.Relate(WorkbookPart, "xl/sharedStrings.xml", "sharedStrings");

        var workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
        if (titles.Count > 0)
        {
            workbook.Append(new DefinedNames(titles));
        }

        workbook.AddNamespaceDeclaration("r", XlsxPackage.RelationshipNamespace);
        using var stream = package.Create(WorkbookPart, WorkbookContentType);
        workbook.Save(stream);
    }
}

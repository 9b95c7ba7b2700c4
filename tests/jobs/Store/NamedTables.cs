using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Jobs.Tests.Store;

/// <summary>Every named table of a workbook, every cell's text in order: what two workbooks must agree on.</summary>
internal static class NamedTables
{
    public static List<string> Read(string path)
    {
        List<string> names;
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            names = document.WorkbookPart!.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Select(t => t.Table.Name!.Value!).Order(StringComparer.Ordinal).ToList();
        }

        Assert.NotEmpty(names);
        using var reader = new WorkbookReader(path);
        return names.Select(name =>
        {
            var table = reader.Table(name);
            return $"{name} [{string.Join('|', table.Headers)}] " + string.Join(" / ", table.Rows.Select(r => string.Join('|', r.Select(c => c.Text))));
        }).ToList();
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Tests.Support;

/// <summary>
/// Reads a written workbook back with the Open XML SDK (ClosedXML cannot reopen a workbook with pictures
/// here: it needs GDI+): its named tables and their cells, its charts and pictures, and validation errors.
/// </summary>
public sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WorkbookReader(string path) => _document = SpreadsheetDocument.Open(path, false);

    public void Dispose() => _document.Dispose();

    public IReadOnlyList<string> SheetNames() =>
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public ReadTable Table(string name)
    {
        foreach (var (sheetName, part) in Worksheets())
        {
            foreach (var tablePart in part.TableDefinitionParts)
            {
                var table = tablePart.Table;
                if (table.Name == name)
                {
                    var headers = table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value!).ToList();
                    var reference = table.Reference!.Value!;
                    var (from, to) = (reference.Split(':')[0], reference.Split(':')[1]);
                    var rows = new List<IReadOnlyList<ReadCell>>();
                    for (var row = RowOf(from) + 1; row <= RowOf(to); row++)
                    {
                        rows.Add(Enumerable.Range(ColumnOf(from), headers.Count).Select(c => Cell(part, ColumnLetter(c) + row)).ToList());
                    }

                    return new ReadTable(sheetName, headers, rows);
                }
            }
        }

        throw new KeyNotFoundException($"no table named {name}");
    }

    public IReadOnlyList<ReadChart> Charts() =>
        Worksheets().SelectMany(w => (w.Part.DrawingsPart?.ChartParts ?? []).Select(c => ReadChart.Of(w.Name, c.ChartSpace))).ToList();

    public int Pictures() =>
        Worksheets().Sum(w => w.Part.DrawingsPart?.WorksheetDrawing.Descendants<DocumentFormat.OpenXml.Drawing.Spreadsheet.Picture>().Count() ?? 0);

    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    private IEnumerable<(string Name, WorksheetPart Part)> Worksheets()
    {
        var workbook = _document.WorkbookPart!;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            yield return (sheet.Name!.Value!, (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!));
        }
    }

    private ReadCell Cell(WorksheetPart part, string reference)
    {
        var cell = part.Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null || (cell.CellValue is null && cell.InlineString is null))
        {
            return new ReadCell(null, false, cell?.CellFormula is not null, null);
        }

        var text = cell.CellValue?.Text ?? cell.InlineString!.InnerText;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            text = _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
        }

        var isNumber = type is null || type == CellValues.Number;
        return new ReadCell(text, isNumber, cell.CellFormula is not null, NumberFormat(cell));
    }

    private string? NumberFormat(Cell cell)
    {
        if (cell.StyleIndex is null)
        {
            return null;
        }

        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex.Value);
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId! == id)?.FormatCode?.Value
            ?? (id == 14 ? "yyyy-mm-dd" : id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int RowOf(string reference) => int.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    private static int ColumnOf(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    private static string ColumnLetter(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>A table as read: its sheet, headers, and data cells.</summary>
public sealed record ReadTable(string Sheet, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReadCell>> Rows)
{
    public ReadCell this[int row, string header] => Rows[row][Headers.ToList().IndexOf(header)];
}

/// <summary>A cell as read: its text, whether it is stored as a number, whether it holds a formula, its number format.</summary>
public sealed record ReadCell(string? Text, bool IsNumber, bool IsFormula, string? Format)
{
    public double Number => double.Parse(Text!, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A chart as read: its sheet, kind (barChart/bar, barChart/col, lineChart, radarChart) and the ranges it binds.</summary>
public sealed record ReadChart(string Sheet, string Kind, IReadOnlyList<string> Formulas)
{
    public static ReadChart Of(string sheet, C.ChartSpace space)
    {
        var plot = space.Descendants<C.PlotArea>().Single();
        var bar = plot.Elements<C.BarChart>().FirstOrDefault();
        var kind = bar is not null ? "barChart/" + bar.BarDirection!.Val!.Value.ToString().ToLowerInvariant()
            : plot.Elements<C.LineChart>().Any() ? "lineChart"
            : plot.Elements<C.RadarChart>().Any() ? "radarChart" : "other";
        return new ReadChart(sheet, kind, space.Descendants<C.Formula>().Select(f => f.Text).ToList());
    }
}

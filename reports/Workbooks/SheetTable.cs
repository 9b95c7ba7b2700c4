using ClosedXML.Excel;
using Satisfaction.Reports.Text;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// Writes rows as a named Excel table (ListObject) with the contract's headers in order: numbers as
/// numbers, dates as dates, vendor text as text, number formats, colour scales on scores, red/green on
/// changes, widths that fit Chinese text.
/// </summary>
public static class SheetTable
{
    public static TablePlacement Write<T>(IXLWorksheet sheet, int row, int column, string name, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> rows)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(row, column + c).SetValue(columns[c].Header);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                CellValues.Set(sheet.Cell(row + 1 + r, column + c), columns[c].Value(rows[r]), columns[c].Kind);
            }
        }

        var lastRow = row + Math.Max(rows.Count, 1);
        var range = sheet.Range(row, column, lastRow, column + columns.Count - 1);
        var table = range.CreateTable(name);
        table.Theme = XLTableTheme.TableStyleLight9;
        table.ShowAutoFilter = true;
        for (var c = 0; c < columns.Count; c++)
        {
            var data = sheet.Range(row + 1, column + c, lastRow, column + c);
            Format(data, columns[c].Kind);
            var texts = rows.Select(r => CellValues.Display(columns[c].Value(r), columns[c].Kind)).Append(columns[c].Header);
            var width = DisplayWidth.Column(texts);
            sheet.Column(column + c).Width = Math.Max(sheet.Column(column + c).Width, width);
        }

        return new TablePlacement(sheet.Name, row, column, columns.Select(c => c.Header).ToList(), rows.Count);
    }

    private static void Format(IXLRange data, ColumnKind kind)
    {
        switch (kind)
        {
            case ColumnKind.Score:
                data.Style.NumberFormat.Format = "0.0";
                data.AddConditionalFormat().ColorScale()
                    .LowestValue(XLColor.FromHtml("#F8696B"))
                    .Midpoint(XLCFContentType.Percentile, 50, XLColor.FromHtml("#FFEB84"))
                    .HighestValue(XLColor.FromHtml("#63BE7B"));
                break;
            case ColumnKind.Change:
                data.Style.NumberFormat.Format = "+0.0;-0.0;0.0";
                data.AddConditionalFormat().WhenLessThan(0).Font.SetFontColor(XLColor.FromHtml("#C00000"));
                data.AddConditionalFormat().WhenGreaterThan(0).Font.SetFontColor(XLColor.FromHtml("#008000"));
                break;
            case ColumnKind.Rate:
                data.Style.NumberFormat.Format = "0.0%";
                break;
            case ColumnKind.Count:
                data.Style.NumberFormat.Format = "0";
                break;
            case ColumnKind.Date:
                data.Style.NumberFormat.Format = "yyyy-mm-dd";
                break;
            case ColumnKind.Number:
                data.Style.NumberFormat.Format = "0.000";
                break;
            default:
                data.Style.Alignment.WrapText = false;
                break;
        }
    }
}

using ClosedXML.Excel;
using Satisfaction.Samples.Rendering;

namespace Satisfaction.Samples.Writing;

/// <summary>
/// Writes a workbook with ClosedXML (in memory: small and medium files only). Text goes in with
/// <c>SetValue&lt;string&gt;</c> so codes keep their leading zeros; widths are set by hand (no GDI+ here).
/// </summary>
internal sealed class XlsxTableWriter : ITableWriter
{
    private readonly string _path;
    private readonly XLWorkbook _workbook = new();
    private readonly IXLWorksheet _sheet;
    private readonly List<Cell[]> _draft = [];
    private readonly List<double> _widths = [];
    private int _row;

    public XlsxTableWriter(string path, string sheetName)
    {
        _path = path;
        _sheet = _workbook.Worksheets.Add(sheetName);
    }

    public void WriteRow(Cell[] cells)
    {
        _row++;
        Fill(_sheet, _row, cells);
        for (var i = 0; i < cells.Length; i++)
        {
            var width = Math.Clamp(DisplayWidth(cells[i]) + 2, 8, 40);
            if (i >= _widths.Count)
            {
                _widths.Add(width);
            }
            else if (_row <= 50)
            {
                _widths[i] = Math.Max(_widths[i], width);
            }
        }
    }

    public void Merge(int row, int col, int lastRow, int lastCol)
    {
        var range = _sheet.Range(row + 1, col + 1, lastRow + 1, lastCol + 1);
        range.Merge();
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    public void AddHiddenDraft(IReadOnlyList<Cell[]> rows) => _draft.AddRange(rows);

    public void Dispose()
    {
        for (var i = 0; i < _widths.Count; i++)
        {
            _sheet.Column(i + 1).Width = _widths[i];
        }

        if (_draft.Count > 0)
        {
            var draft = _workbook.Worksheets.Add("草稿", 1);
            for (var r = 0; r < _draft.Count; r++)
            {
                Fill(draft, r + 1, _draft[r]);
            }

            draft.Visibility = XLWorksheetVisibility.Hidden;
            _sheet.SetTabActive();
        }

        _workbook.SaveAs(_path);
        _workbook.Dispose();
    }

    private static void Fill(IXLWorksheet sheet, int row, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var target = sheet.Cell(row, i + 1);
            var cell = cells[i];
            switch (cell.Kind)
            {
                case CellKind.Text:
                    target.SetValue<string>(cell.Text!);
                    break;
                case CellKind.Number:
                    target.SetValue<double>(cell.Number);
                    break;
                case CellKind.Date:
                    target.SetValue<DateTime>(cell.Date);
                    target.Style.NumberFormat.Format = cell.Date.TimeOfDay == TimeSpan.Zero ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm";
                    break;
                default:
                    break;
            }
        }
    }

    private static double DisplayWidth(Cell cell)
    {
        var text = cell.ToText();
        var width = 0.0;
        foreach (var c in text)
        {
            width += c > 0x2E7F ? 2 : 1.1;
        }

        return width;
    }
}

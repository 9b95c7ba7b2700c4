using System.Globalization;
using Satisfaction.Ingest.Errors;

namespace Satisfaction.Reports.Workbooks;

/// <summary>Where a table landed, so charts can bind to its cells (and follow edits).</summary>
public sealed record TablePlacement(string Sheet, int HeaderRow, int FirstColumn, IReadOnlyList<string> Headers, int Rows)
{
    public int FirstDataRow => HeaderRow + 1;

    /// <summary>The last data row; an empty table still has the one blank row Excel requires.</summary>
    public int LastDataRow => HeaderRow + Math.Max(Rows, 1);

    public int ColumnOf(string header)
    {
        var index = Headers.ToList().IndexOf(header);
        return index < 0 ? throw new ArgumentException($"no column '{header}' in the table on '{Sheet}'", nameof(header)) : FirstColumn + index;
    }

    /// <summary>An absolute reference to a column's data cells, e.g. '地市排名'!$B$2:$B$14.</summary>
    public string DataRange(string header) => Reference(ColumnOf(header), FirstDataRow, LastDataRow);

    /// <summary>An absolute reference to a column's header cell.</summary>
    public string HeaderCell(string header) => Reference(ColumnOf(header), HeaderRow, HeaderRow);

    private string Reference(int column, int from, int to)
    {
        var letter = ExcelColumn.Letter(column - 1);
        return string.Create(CultureInfo.InvariantCulture, $"'{Sheet}'!${letter}${from}:${letter}${to}");
    }
}

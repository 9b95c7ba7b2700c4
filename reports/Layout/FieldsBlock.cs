using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Layout;

/// <summary>Label and value pairs, one a row: the label bold in column A, the text in a wide column B.</summary>
public sealed class FieldsBlock(IReadOnlyList<(string Label, string Value)> fields) : SheetBlock
{
    private static readonly CellStyle LabelStyle = new() { Bold = true };

    internal override int Rows => fields.Count;

    internal override IEnumerable<(int Column, double Width)> Widths => [(2, 70)];

    internal override void Write(RowWriter cells, int firstRow)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            cells.StartRow(firstRow + i);
            cells.Text(1, fields[i].Label, LabelStyle);
            cells.Text(2, fields[i].Value);
        }
    }
}

using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Layout;

/// <summary>One line of text in column A: a bold label or an italic remark.</summary>
public sealed class NoteBlock(string text, bool italic = true) : SheetBlock
{
    private readonly CellStyle _style = italic ? new CellStyle { Italic = true } : new CellStyle { Bold = true };

    public string Text { get; } = text;

    internal override int Rows => 1;

    internal override void Write(RowWriter cells, int firstRow)
    {
        cells.StartRow(firstRow);
        cells.Text(1, Text, _style);
    }
}

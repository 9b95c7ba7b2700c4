using Satisfaction.Reports.Text;
using Satisfaction.Reports.Workbooks;
using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Layout;

/// <summary>
/// A named Excel table (ListObject): the header row, then one row per item (an empty table keeps the one
/// blank row Excel requires), numbers in their kind's format, widths that fit the text.
/// </summary>
public abstract class TableBlock : SheetBlock
{
    public required string Name { get; init; }

    internal abstract IReadOnlyList<string> Headers { get; }

    internal abstract IReadOnlyList<ColumnKind> Kinds { get; }

    internal abstract int Count { get; }

    internal override int Rows => 1 + Math.Max(Count, 1);

    internal TablePlacement Place(string sheet, int headerRow) => new(sheet, headerRow, 1, Headers, Count);
}

/// <summary>A <see cref="TableBlock"/> of items of type <typeparamref name="T"/>, one column per <see cref="TableColumn{T}"/>.</summary>
public sealed class TableBlock<T> : TableBlock
{
    public required IReadOnlyList<TableColumn<T>> Columns { get; init; }

    public required IReadOnlyList<T> Items { get; init; }

    internal override IReadOnlyList<string> Headers => Columns.Select(c => c.Header).ToList();

    internal override IReadOnlyList<ColumnKind> Kinds => Columns.Select(c => c.Kind).ToList();

    internal override int Count => Items.Count;

    internal override IEnumerable<(int Column, double Width)> Widths
    {
        get
        {
            for (var c = 0; c < Columns.Count; c++)
            {
                var column = Columns[c];
                var widest = DisplayWidth.Of(column.Header);
                foreach (var item in Items)
                {
                    widest = Math.Max(widest, CellValues.Width(column.Value(item), column.Kind));
                }

                yield return (c + 1, DisplayWidth.Column(widest));
            }
        }
    }

    internal override void Write(RowWriter cells, int firstRow)
    {
        cells.StartRow(firstRow);
        for (var c = 0; c < Columns.Count; c++)
        {
            cells.Text(c + 1, Columns[c].Header);
        }

        for (var r = 0; r < Items.Count; r++)
        {
            cells.StartRow(firstRow + 1 + r);
            for (var c = 0; c < Columns.Count; c++)
            {
                CellValues.Write(cells, c + 1, Columns[c].Value(Items[r]), Columns[c].Kind);
            }
        }
    }
}

using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Layout;

/// <summary>
/// A run of rows on a sheet: a table, the key figures, a note. A sheet stacks its blocks from the top, one
/// blank row between them; a block with a <see cref="Caption"/> gets it in bold on the row above.
/// </summary>
public abstract class SheetBlock
{
    public string? Caption { get; init; }

    /// <summary>How many rows the block takes, its caption not counted.</summary>
    internal abstract int Rows { get; }

    /// <summary>The widths its columns need (1-based column, width in characters).</summary>
    internal virtual IEnumerable<(int Column, double Width)> Widths => [];

    /// <summary>Writes the block's rows, the first at <paramref name="firstRow"/>, in order.</summary>
    internal abstract void Write(RowWriter cells, int firstRow);
}

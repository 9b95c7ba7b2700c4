using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Workbooks;
using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Layout;

/// <summary>
/// Where everything of a <see cref="SheetLayout"/> lands, derived from the list alone: the title on row 1,
/// each block below the previous one (a blank row between), each table's cells, the column widths, and each
/// drawing's anchor and the manual page breaks that keep it on one printed page.
/// </summary>
internal sealed class SheetPlan
{
    public const int TitleRow = 1;

    /// <summary>Printed, a drawing below the tables starts a page and is kept whole: ~20 standard rows are ~300 pt.</summary>
    private const int DrawingPixels = 720;

    // 概览: charts right of the key figures (E–M, from the top) and below them (A–C).
    private const int RightFrom = 4;
    private const int RightTo = 13;
    private const int LeftTo = 3;

    private SheetPlan(SheetLayout layout) => Layout = layout;

    public SheetLayout Layout { get; }

    /// <summary>The first row of each block (after its caption, if any).</summary>
    public IReadOnlyList<int> BlockRows { get; private init; } = [];

    public IReadOnlyDictionary<string, TablePlacement> Tables { get; private init; } = new Dictionary<string, TablePlacement>();

    public IReadOnlyDictionary<int, double> Widths { get; private init; } = new Dictionary<int, double>();

    public int TitleColumns { get; private init; }

    /// <summary>The header row of the sheet's first table, frozen and repeated on printed pages (table sheets only).</summary>
    public int? HeaderRow { get; private init; }

    public IReadOnlyList<(SheetDrawing Drawing, CellAnchor Anchor)> Drawings { get; private init; } = [];

    /// <summary>Rows after which a printed page ends (Excel's brk id).</summary>
    public IReadOnlyList<int> RowBreaks { get; private init; } = [];

    public static SheetPlan Place(SheetLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var rows = new List<int>();
        var tables = new Dictionary<string, TablePlacement>(StringComparer.Ordinal);
        var widths = new Dictionary<int, double>();
        var cursor = TitleRow + 1;
        foreach (var block in layout.Blocks)
        {
            // A caption takes the row above its table; the first block's caption takes row 2, later ones a row
            // of their own after the blank row.
            var first = cursor + 1 + (block.Caption is not null && rows.Count > 0 ? 1 : 0);
            rows.Add(first);
            if (block is TableBlock table && !tables.TryAdd(table.Name, table.Place(layout.Name, first)))
            {
                throw new ArgumentException($"Sheet '{layout.Name}' has two tables named '{table.Name}'; Excel needs each table's name once in a workbook.", nameof(layout));
            }

            foreach (var (column, width) in block.Widths)
            {
                widths[column] = Math.Max(widths.GetValueOrDefault(column), width);
            }

            cursor = first + block.Rows;
        }

        var lastRow = cursor - 1;
        var (drawings, breaks) = layout.Kind == SheetKind.Overview
            ? (Overview(layout.Drawings, lastRow), [])
            : Below(layout.Drawings, lastRow, widths);
        var firstTable = layout.Blocks.OfType<TableBlock>().FirstOrDefault();
        return new SheetPlan(layout)
        {
            BlockRows = rows,
            Tables = tables,
            Widths = widths,
            TitleColumns = layout.TitleColumns ?? Math.Max(1, layout.Blocks.OfType<TableBlock>().Select(t => t.Headers.Count).DefaultIfEmpty(6).Max()),
            HeaderRow = layout.Kind == SheetKind.Tables && firstTable is not null ? tables[firstTable.Name].HeaderRow : null,
            Drawings = drawings,
            RowBreaks = breaks,
        };
    }

    // Masonry in two columns: each drawing goes where the column ends higher, the right one on a tie.
    private static List<(SheetDrawing, CellAnchor)> Overview(IReadOnlyList<SheetDrawing> drawings, int lastRow)
    {
        var right = TitleRow + 2;
        var left = lastRow + 2;
        var placed = new List<(SheetDrawing, CellAnchor)>();
        foreach (var drawing in drawings)
        {
            if (right <= left)
            {
                placed.Add((drawing, new CellAnchor(RightFrom, right - 1, RightTo, right - 1 + drawing.Rows)));
                right += drawing.Rows + 1;
            }
            else
            {
                placed.Add((drawing, new CellAnchor(0, left - 1, LeftTo, left - 1 + drawing.Rows)));
                left += drawing.Rows + 1;
            }
        }

        return placed;
    }

    // Each drawing below the cells starts a printed page (a break after the last row above it) and is shorter
    // than a page, so no printed page holds a piece of one.
    private static (List<(SheetDrawing, CellAnchor)>, List<int>) Below(IReadOnlyList<SheetDrawing> drawings, int lastRow, Dictionary<int, double> widths)
    {
        var placed = new List<(SheetDrawing, CellAnchor)>();
        var breaks = new List<int>();
        var cursor = lastRow + 1;
        var toColumn = 0;
        for (var pixels = 0; pixels < DrawingPixels; toColumn++)
        {
            pixels += ColumnWidth.Pixels(widths.GetValueOrDefault(toColumn + 1, ColumnWidth.Default));
        }

        // The drawing starts a row below the break: LibreOffice draws an object touching a page's bottom edge
        // on that page too (a sliver), so the new page begins with a blank row.
        foreach (var drawing in drawings)
        {
            breaks.Add(cursor);
            placed.Add((drawing, new CellAnchor(0, cursor + 1, toColumn, cursor + 1 + drawing.Rows)));
            cursor += drawing.Rows + 2;
        }

        return (placed, breaks);
    }
}

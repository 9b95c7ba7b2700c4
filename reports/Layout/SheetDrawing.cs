using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Rendering;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Layout;

/// <summary>
/// A chart or picture of a sheet. Its place is derived by <see cref="SheetPlan"/> from the sheet's blocks, never
/// typed: only its height in rows is given.
/// </summary>
public abstract class SheetDrawing
{
    /// <summary>Standard rows (20 pixels each) the drawing is tall.</summary>
    public int Rows { get; init; } = 20;
}

/// <summary>A native chart bound to a named table of the workbook (on any sheet), built once the tables are placed.</summary>
public sealed class ChartDrawing(Func<Func<string, TablePlacement>, CellAnchor, ChartSpec> build) : SheetDrawing
{
    internal ChartSpec Build(Func<string, TablePlacement> tables, CellAnchor anchor) => build(tables, anchor);

    /// <summary>A chart of <paramref name="rows"/> bound to the columns of table <paramref name="table"/>.</summary>
    public static ChartDrawing Of<T>(
        ChartKind kind,
        string title,
        string table,
        IReadOnlyList<T> rows,
        string categoryColumn,
        Func<T, string> category,
        IReadOnlyList<(string Column, Func<T, double?> Value)> series,
        Func<ChartSpec, ChartSpec>? adjust = null,
        int height = 20) =>
        new((tables, anchor) =>
        {
            var spec = TableChart.Build(kind, title, tables(table), rows, categoryColumn, category, series, anchor);
            return adjust is null ? spec : adjust(spec);
        })
        {
            Rows = height,
        };
}

/// <summary>A PNG picture, also written beside the workbook as <c>&lt;workbook&gt;_&lt;Name&gt;.png</c>.</summary>
public sealed class PictureDrawing(byte[] png, string name, string description) : SheetDrawing
{
    public byte[] Png { get; } = png;

    public string Name { get; } = name;

    public string Description { get; } = description;
}

using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Rendering;

// Native charts bound to the columns of a named table, with the values cached from the same rows.
internal static class TableChart
{
    public static ChartSpec Build<T>(
        ChartKind kind,
        string title,
        TablePlacement table,
        IReadOnlyList<T> rows,
        string categoryColumn,
        Func<T, string> category,
        IReadOnlyList<(string Column, Func<T, double?> Value)> series,
        CellAnchor anchor)
    {
        return new ChartSpec
        {
            Kind = kind,
            Title = title,
            Categories = new ChartCategories(table.DataRange(categoryColumn), rows.Select(category).ToList()),
            Series = series.Select(s => new ChartSeries(s.Column, table.DataRange(s.Column), rows.Select(s.Value).ToList())
            {
                NameRef = table.HeaderCell(s.Column),
            }).ToList(),
            Anchor = anchor,
        };
    }
}

using ClosedXML.Excel;
using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Reports.Workbooks;

/// <summary>Scores over the last periods as a table: one row per period (oldest first), one column per scope.</summary>
internal static class TrendTable
{
    public static TablePlacement Write(IXLWorksheet sheet, int row, string name, IReadOnlyList<TrendPoint> points)
    {
        var periods = points.Select(p => p.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        var scopes = points.Select(p => p.Scope).Distinct().ToList();
        var lookup = points.ToDictionary(p => (p.Period, p.Scope), p => p.Score);
        var columns = new List<TableColumn<string>> { new("周期", p => p, ColumnKind.Text) };
        columns.AddRange(scopes.Select(s => new TableColumn<string>(s, p => lookup.GetValueOrDefault((p, s)), ColumnKind.Score)));
        return SheetTable.Write(sheet, row, 1, name, columns, periods);
    }
}

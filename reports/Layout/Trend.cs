using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Layout;

/// <summary>Scores over the last periods: a table with one row per period (oldest first) and one column per scope, and its line chart.</summary>
public static class Trend
{
    public const string Period = "周期";

    public static TableBlock<string> Table(string name, IReadOnlyList<TrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var lookup = points.ToDictionary(p => (p.Period, p.Scope), p => p.Score);
        return new TableBlock<string>
        {
            Name = name,
            Columns = [new(Period, p => p, ColumnKind.Text), .. Scopes(points).Select(s => new TableColumn<string>(s, p => lookup.GetValueOrDefault((p, s)), ColumnKind.Score))],
            Items = Periods(points),
        };
    }

    /// <summary>The line chart of the trend table <paramref name="table"/>; none when there is no period.</summary>
    public static ChartDrawing? Chart(string title, string table, IReadOnlyList<TrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var periods = Periods(points);
        if (periods.Count == 0)
        {
            return null;
        }

        var lookup = points.ToDictionary(p => (p.Period, p.Scope), p => p.Score);
        return ChartDrawing.Of(
            ChartKind.Line, title, table, periods, Period, p => p,
            Scopes(points).Select(s => (s, (Func<string, double?>)(p => lookup.GetValueOrDefault((p, s))))).ToList());
    }

    private static List<string> Periods(IReadOnlyList<TrendPoint> points) => points.Select(p => p.Period).Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> Scopes(IReadOnlyList<TrendPoint> points) => points.Select(p => p.Scope).Distinct().ToList();
}

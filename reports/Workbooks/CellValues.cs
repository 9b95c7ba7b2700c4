using System.Globalization;
using Satisfaction.Ingest.Text;
using Satisfaction.Reports.Text;
using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Workbooks;

// Cell values by kind: text always as text (a string starting with '=' stays a string), vendor text masked
// first, dates as real Excel dates, numbers with the kind's format; null, NaN and empty text are empty cells.
internal static class CellValues
{
    private static readonly CellStyle ScoreStyle = new() { NumberFormat = "0.0" };
    private static readonly CellStyle ChangeStyle = new() { NumberFormat = "+0.0;-0.0;0.0" };
    private static readonly CellStyle RateStyle = new() { NumberFormat = "0.0%" };
    private static readonly CellStyle CountStyle = new() { NumberFormat = "0" };
    private static readonly CellStyle DateStyle = new() { NumberFormat = "yyyy-mm-dd" };
    private static readonly CellStyle NumberStyle = new() { NumberFormat = "0.000" };

    public static CellStyle StyleOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Score => ScoreStyle,
        ColumnKind.Change => ChangeStyle,
        ColumnKind.Rate => RateStyle,
        ColumnKind.Count => CountStyle,
        ColumnKind.Date => DateStyle,
        ColumnKind.Number => NumberStyle,
        _ => CellStyle.Plain,
    };

    public static void Write(RowWriter cells, int column, object? value, ColumnKind kind, CellStyle? style = null)
    {
        style ??= StyleOf(kind);
        switch (value)
        {
            case null:
                return;
            case string text:
                cells.Text(column, kind == ColumnKind.VendorText ? PersonalDataMask.Mask(text) : text, style);
                return;
            case DateOnly date:
                cells.Number(column, date.ToDateTime(TimeOnly.MinValue).ToOADate(), style == CellStyle.Plain ? DateStyle : style);
                return;
            case int i:
                cells.Number(column, i, style);
                return;
            case double d when double.IsFinite(d):
                cells.Number(column, d, style);
                return;
            case double:
                return;
            case bool b:
                cells.Text(column, b ? "是" : null, style);
                return;
            default:
                cells.Text(column, Convert.ToString(value, CultureInfo.InvariantCulture), style);
                return;
        }
    }

    /// <summary>
    /// <see cref="DisplayWidth.Of(string?)"/> of <see cref="Display"/>, numbers and dates formatted into a
    /// buffer instead of a string each: column widths read every cell of a table.
    /// </summary>
    public static double Width(object? value, ColumnKind kind)
    {
        Span<char> buffer = stackalloc char[64];
        switch (value)
        {
            case null:
                return 0;
            case string s:
                return DisplayWidth.Of(kind == ColumnKind.VendorText ? PersonalDataMask.Mask(s) : s);
            case double d when d.TryFormat(buffer, out var written, DoubleFormat(kind), CultureInfo.InvariantCulture):
                return DisplayWidth.Of(buffer[..written]);
            case DateOnly date when date.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture):
                return DisplayWidth.Of(buffer[..written]);
            case int i when i.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture):
                return DisplayWidth.Of(buffer[..written]);
            default:
                return DisplayWidth.Of(Display(value, kind));
        }
    }

    public static string? Display(object? value, ColumnKind kind) => value switch
    {
        null => null,
        string s => kind == ColumnKind.VendorText ? PersonalDataMask.Mask(s) : s,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString(DoubleFormat(kind), CultureInfo.InvariantCulture),
        bool b => b ? "是" : null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string DoubleFormat(ColumnKind kind) => kind switch
    {
        ColumnKind.Rate => "0.0%",
        ColumnKind.Change => "+0.0",
        ColumnKind.Number => "0.000",
        _ => "0.0",
    };
}

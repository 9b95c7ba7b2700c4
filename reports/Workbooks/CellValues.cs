using System.Globalization;
using ClosedXML.Excel;
using Satisfaction.Ingest.Text;

namespace Satisfaction.Reports.Workbooks;

// Cell values by kind. Text always goes in as text (ClosedXML's Value setter would turn "0250101" into
// a number and "=1+1" into a formula); vendor text is masked first.
internal static class CellValues
{
    public static void Set(IXLCell cell, object? value, ColumnKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                cell.SetValue(kind == ColumnKind.VendorText ? PersonalDataMask.Mask(text) ?? string.Empty : text);
                cell.SetDataType(XLDataType.Text);
                return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                return;
            case int i:
                cell.SetValue(i);
                return;
            case double d when double.IsFinite(d):
                cell.SetValue(d);
                return;
            case double:
                return;
            case bool b:
                cell.SetValue(b ? "是" : string.Empty);
                cell.SetDataType(XLDataType.Text);
                return;
            default:
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                cell.SetDataType(XLDataType.Text);
                return;
        }
    }

    public static string? Display(object? value, ColumnKind kind) => value switch
    {
        null => null,
        string s => kind == ColumnKind.VendorText ? PersonalDataMask.Mask(s) : s,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => kind switch
        {
            ColumnKind.Rate => d.ToString("0.0%", CultureInfo.InvariantCulture),
            ColumnKind.Change => d.ToString("+0.0", CultureInfo.InvariantCulture),
            ColumnKind.Number => d.ToString("0.000", CultureInfo.InvariantCulture),
            _ => d.ToString("0.0", CultureInfo.InvariantCulture),
        },
        bool b => b ? "是" : null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

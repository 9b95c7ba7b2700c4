using System.Globalization;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Normalises what ExcelDataReader returns to the cell types of <see cref="RawRow"/>: string, double,
/// DateTime or bool; null for empty and whitespace-only text.
/// </summary>
internal static class ExcelCells
{
    public static object? Normalise(object? value) => value switch
    {
        null or DBNull => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        double or DateTime or bool => value,
        DateTimeOffset offset => offset.DateTime,
        TimeSpan time => time.TotalDays,
        int or long or short or byte or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : null,
    };
}

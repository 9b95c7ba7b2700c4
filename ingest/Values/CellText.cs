using System.Globalization;

namespace Satisfaction.Ingest.Values;

/// <summary>
/// The text of a cell as the vendor meant it. Excel cells arrive as double, DateTime, bool or string;
/// ids typed as numbers (1001 stored as 1001.0) come back as "1001", never "1001.0" or "1E+3".
/// </summary>
public static class CellText
{
    /// <summary>Null for an empty or whitespace-only cell; otherwise the text, trimmed (not folded).</summary>
    public static string? Of(object? cell) => cell switch
    {
        null or DBNull => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => Number(d),
        decimal m => m == decimal.Truncate(m) ? m.ToString("0", CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => Trimmed(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Trimmed(cell.ToString()),
    };

    /// <summary>
    /// A number as text, invariant: whole values without ".0" or exponent ("1001", "20260705"),
    /// others in their shortest round-trip form ("6.5").
    /// </summary>
    internal static string Number(double value)
    {
        if (!double.IsFinite(value) || value != Math.Floor(value))
            return value.ToString("R", CultureInfo.InvariantCulture);

        // "F0" never uses an exponent; adding 0.0 turns -0 into 0.
        return (value + 0.0).ToString("F0", CultureInfo.InvariantCulture);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

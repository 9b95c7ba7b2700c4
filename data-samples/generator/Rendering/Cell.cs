using System.Globalization;

namespace Satisfaction.Samples.Rendering;

internal enum CellKind : byte
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>One cell as a vendor's Excel holds it: text, a number, a real date, or nothing.</summary>
internal readonly record struct Cell(CellKind Kind, string? Text, double Number, DateTime Date)
{
    private static readonly string[] SmallIntegers = [.. Enumerable.Range(0, 101).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public static Cell Empty => default;

    public static Cell Of(string text) => text.Length == 0 ? default : new(CellKind.Text, text, 0, default);

    public static Cell Of(double number) => new(CellKind.Number, null, number, default);

    public static Cell Of(DateTime date) => new(CellKind.Date, null, 0, date);

    /// <summary>The text a CSV holds for this cell (Excel's own way of saving numbers and dates).</summary>
    public string ToText() => Kind switch
    {
        CellKind.Text => Text!,
        CellKind.Number when Number is >= 0 and <= 100 && Number == Math.Floor(Number) => SmallIntegers[(int)Number],
        CellKind.Number => Number.ToString("0.##", CultureInfo.InvariantCulture),
        CellKind.Date when Date.TimeOfDay == TimeSpan.Zero => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.Date => Date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };
}

namespace Satisfaction.Reports.Text;

/// <summary>
/// How wide text shows in a cell, in Excel's character units: a CJK or full-width character takes about
/// two Latin widths. ClosedXML's AdjustToContents needs GDI+, which this product does not install.
/// </summary>
public static class DisplayWidth
{
    public static double Of(string? text) => Of(text.AsSpan());

    /// <summary>The width of text formatted into a buffer, without making a string of it.</summary>
    public static double Of(ReadOnlySpan<char> text)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2.1 : 1.1;
        }

        return width;
    }

    /// <summary>A column width for the widest of these texts, with padding, within sensible bounds.</summary>
    public static double Column(IEnumerable<string?> texts, double min = 6, double max = 60) =>
        Column(texts.Select(Of).DefaultIfEmpty(0).Max(), min, max);

    /// <summary>A column width for text of display width <paramref name="widest"/>, with padding, within sensible bounds.</summary>
    public static double Column(double widest, double min = 6, double max = 60) => Math.Clamp(widest + 2, min, max);

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}

namespace Satisfaction.Reports.Text;

/// <summary>
/// How wide text shows in a cell, in Excel's character units: a CJK or full-width character takes about
/// two Latin widths. ClosedXML's AdjustToContents needs GDI+, which this product does not install.
/// </summary>
public static class DisplayWidth
{
    public static double Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var width = 0.0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2.1 : 1.1;
        }

        return width;
    }

    /// <summary>A column width for the widest of these texts, with padding, within sensible bounds.</summary>
    public static double Column(IEnumerable<string?> texts, double min = 6, double max = 60) =>
        Math.Clamp(texts.Select(Of).DefaultIfEmpty(0).Max() + 2, min, max);

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}

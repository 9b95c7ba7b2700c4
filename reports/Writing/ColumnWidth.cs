namespace Satisfaction.Reports.Writing;

// Excel's column width is in characters of the default font; on screen (Calibri 11, 96 dpi) a character is
// 7 pixels plus 5 pixels of padding. Drawings are sized in pixels, so their anchors need the conversion.
internal static class ColumnWidth
{
    public const double Default = 8.43;

    public static int Pixels(double width) => (int)Math.Truncate(((256 * width) + Math.Truncate(128.0 / 7)) / 256 * 7);
}

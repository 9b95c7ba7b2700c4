namespace Satisfaction.Reports.Pictures;

/// <summary>
/// Where a picture sits: its top-left corner at cell (<see cref="Column"/>, <see cref="Row"/>), zero-based (column 0 is A),
/// and its displayed size in pixels. Without a size it keeps the PNG's; with only one side the other keeps the aspect ratio.
/// The picture moves with its cell and keeps its size (a one-cell anchor).
/// </summary>
public sealed record PictureAnchor(int Column, int Row)
{
    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Throws unless the cell is non-negative and given sides are positive.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Column, nameof(Column));
        ArgumentOutOfRangeException.ThrowIfNegative(Row, nameof(Row));
        if (Width is { } width)
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width, nameof(Width));
        if (Height is { } height)
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height, nameof(Height));
    }

    internal (int Width, int Height) SizeFor(PngHeader png) =>
        (Width, Height) switch
        {
            ({ } w, { } h) => (w, h),
            ({ } w, null) => (w, (int)Math.Round((double)w * png.Height / png.Width)),
            (null, { } h) => ((int)Math.Round((double)h * png.Width / png.Height), h),
            _ => (png.Width, png.Height),
        };
}

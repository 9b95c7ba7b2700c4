namespace Satisfaction.Reports.Pictures;

/// <summary>
/// The pixel size of a rendered picture. <see cref="Scale"/> draws the same layout smaller: fonts, lines and
/// margins are laid out as at 1/<see cref="Scale"/> of the size, then drawn at this one.
/// </summary>
public sealed record PictureSize(int Width, int Height)
{
    /// <summary>1000 × 700, the layout the pictures are designed at.</summary>
    public static PictureSize Default { get; } = new(1000, 700);

    /// <summary>
    /// The default layout drawn at the size a workbook shows it (26 rows of 20 px: 743 × 520). Rendering and
    /// encoding the 1000 × 700 picture only for Excel to scale it down cost about twice the CPU.
    /// </summary>
    public static PictureSize Shown { get; } = new(743, 520) { Scale = 520.0 / 700 };

    /// <summary>Drawing scale of the layout, 1 for none.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>Throws unless both sides are between 100 and 8000 pixels and the scale is between 0.1 and 10.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 100, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfLessThan(Height, 100, nameof(Height));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Width, 8000, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Height, 8000, nameof(Height));
        ArgumentOutOfRangeException.ThrowIfLessThan(Scale, 0.1, nameof(Scale));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Scale, 10, nameof(Scale));
    }
}

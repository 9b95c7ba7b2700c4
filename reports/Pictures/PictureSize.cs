namespace Satisfaction.Reports.Pictures;

/// <summary>The pixel size of a rendered picture.</summary>
public sealed record PictureSize(int Width, int Height)
{
    /// <summary>1000 × 700, the size the reports use.</summary>
    public static PictureSize Default { get; } = new(1000, 700);

    /// <summary>Throws unless both sides are between 100 and 8000 pixels.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 100, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfLessThan(Height, 100, nameof(Height));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Width, 8000, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Height, 8000, nameof(Height));
    }
}

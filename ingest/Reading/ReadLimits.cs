namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Safety limits that keep hostile files from exhausting memory or time. Defaults follow Excel's own
/// limits where Excel has one (16,384 columns, 32,767 characters in a cell).
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    public int MaxColumns { get; init; } = 16_384;

    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>Largest uncompressed size of any one part inside an xlsx.</summary>
    public long MaxZipEntryBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest compression ratio of a part that is bigger than <see cref="RatioCheckAboveBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    public long RatioCheckAboveBytes { get; init; } = 64L * 1024 * 1024;
}

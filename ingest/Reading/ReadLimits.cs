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

    /// <summary>Excel's own limit of rows in a sheet; an xlsx sheet with more was not made by Excel.</summary>
    public long MaxRows { get; init; } = 1_048_576;

    /// <summary>Largest uncompressed size of a worksheet inside an xlsx (worksheets are read streaming).</summary>
    public long MaxZipEntryBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Largest uncompressed size of any other part (shared strings, styles, …): the workbook reader holds
    /// these in memory whole, so their size is what bounds its memory.
    /// </summary>
    public long MaxOtherPartBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Longest single text or tag in a part's markup; a cell's 32,767 characters take at most ~200 KB.</summary>
    public long MaxMarkupRunBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest compression ratio of a part that is bigger than <see cref="RatioCheckAboveBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    public long RatioCheckAboveBytes { get; init; } = 64L * 1024 * 1024;
}

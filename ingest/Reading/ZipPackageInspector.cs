using System.IO.Compression;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Checks an xlsx package before the workbook reader opens it. First the central directory: a worksheet
/// that would unpack past <see cref="ReadLimits.MaxZipEntryBytes"/>, any other part past
/// <see cref="ReadLimits.MaxOtherPartBytes"/>, or a large part compressed suspiciously well, is a zip bomb;
/// a file without a readable central directory (truncated, not a zip) is damaged. The declared sizes are
/// binding: System.IO.Compression stops inflating an entry at its declared length. Then every part is
/// inflated once through <see cref="MarkupScanner"/> with a fixed buffer, so that a bomb under the ratio
/// check — one huge cell, one endless row — is refused before anything holds it in memory.
/// </summary>
internal static class ZipPackageInspector
{
    /// <summary>Null when the package may be opened. Leaves <paramref name="stream"/> open, position unspecified.</summary>
    public static Problem? Inspect(Stream stream, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (Inspect(entry, limits) is { } problem)
                {
                    return problem;
                }
            }

            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                if (MarkupScanner.Scan(part, entry.FullName, limits) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return ReadProblems.Damaged(e.Message);
        }
    }

    private static Problem? Inspect(ZipArchiveEntry entry, ReadLimits limits)
    {
        var limit = entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) ? limits.MaxZipEntryBytes : limits.MaxOtherPartBytes;
        if (entry.Length > limit)
        {
            return ReadProblems.ZipEntryTooLarge(entry.FullName, entry.Length, limit);
        }

        if (entry.Length > limits.RatioCheckAboveBytes)
        {
            var ratio = (double)entry.Length / Math.Max(1, entry.CompressedLength);
            if (ratio > limits.MaxCompressionRatio)
            {
                return ReadProblems.ZipRatioTooHigh(entry.FullName, entry.Length, ratio, limits.MaxCompressionRatio);
            }
        }

        return null;
    }
}

using System.IO.Compression;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Checks an xlsx package's central directory before anything is unpacked: a part that would unpack past
/// <see cref="ReadLimits.MaxZipEntryBytes"/>, or a large part compressed suspiciously well, is a zip bomb;
/// a file without a readable central directory (truncated, not a zip) is damaged.
/// The declared sizes are binding: System.IO.Compression stops inflating an entry at its declared length.
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
                var problem = Inspect(entry, limits);
                if (problem is not null)
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
        if (entry.Length > limits.MaxZipEntryBytes)
        {
            return ReadProblems.ZipEntryTooLarge(entry.FullName, entry.Length, limits.MaxZipEntryBytes);
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

using System.Buffers.Binary;

namespace Satisfaction.Reports.Pictures;

/// <summary>The pixel size read from a PNG's signature and IHDR chunk.</summary>
public sealed record PngHeader(int Width, int Height)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the header, or says why the bytes are not a PNG.</summary>
    /// <exception cref="ArgumentException">The bytes are not a PNG.</exception>
    public static PngHeader Read(ReadOnlySpan<byte> png)
    {
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png[12..16].SequenceEqual("IHDR"u8))
            throw new ArgumentException("The bytes are not a PNG image (no PNG signature and IHDR chunk).", nameof(png));
        var width = BinaryPrimitives.ReadInt32BigEndian(png[16..20]);
        var height = BinaryPrimitives.ReadInt32BigEndian(png[20..24]);
        if (width <= 0 || height <= 0)
            throw new ArgumentException($"The PNG declares an empty size {width}×{height}.", nameof(png));
        return new PngHeader(width, height);
    }
}

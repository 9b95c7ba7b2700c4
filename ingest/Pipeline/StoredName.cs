using System.Globalization;
using System.Text;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// The name a file is kept under in the data folder: <c>000042_</c> and the vendor's name, shortened when
/// that name would not leave room for the ledger id and the error report's suffixes within the file
/// system's 255-byte limit on a name. The ledger keeps the vendor's name as it was.
/// </summary>
public static class StoredName
{
    /// <summary>Most UTF-8 bytes kept of the vendor's name: 255 less the id, <c>.report.xlsx.tmp</c> and room to spare.</summary>
    public const int MaxNameBytes = 180;

    private const string Ellipsis = "…";
    private const int MaxExtensionBytes = 16;

    public static string Of(long fileId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Create(CultureInfo.InvariantCulture, $"{fileId:000000}_{Shorten(name)}");
    }

    /// <summary>The name itself when it fits in <see cref="MaxNameBytes"/>; otherwise its start, an ellipsis and its extension.</summary>
    public static string Shorten(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Encoding.UTF8.GetByteCount(name) <= MaxNameBytes)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        if (Encoding.UTF8.GetByteCount(extension) > MaxExtensionBytes)
        {
            extension = string.Empty;
        }

        var room = MaxNameBytes - Encoding.UTF8.GetByteCount(Ellipsis + extension);
        var stem = name[..^extension.Length];
        var kept = 0;
        var bytes = 0;
        while (kept < stem.Length)
        {
            // A surrogate pair is one character of four bytes: never split it.
            var length = char.IsHighSurrogate(stem[kept]) && kept + 1 < stem.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(stem.AsSpan(kept, length));
            if (bytes + size > room)
            {
                break;
            }

            bytes += size;
            kept += length;
        }

        return stem[..kept] + Ellipsis + extension;
    }
}

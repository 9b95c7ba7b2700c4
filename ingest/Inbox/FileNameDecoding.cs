using System.Text;
using Satisfaction.Ingest.Reading;

namespace Satisfaction.Ingest.Inbox;

/// <summary>
/// A file name's bytes as text. Linux keeps names as bytes; ours are UTF-8, but a name made on Chinese
/// Windows can arrive in GB18030 (GBK) — copied by an old Samba share or unpacked from a zip — and .NET
/// would show it as U+FFFD and be unable to open it. Such a name is decoded as GB18030 when its bytes are
/// that, byte for byte as Latin-1 otherwise; either way encoding the text again gives the same bytes back,
/// so the file can still be opened, moved and removed by its name.
/// </summary>
internal static class FileNameDecoding
{
    public const string Gb18030 = "GB18030";
    public const string Latin1 = "ISO-8859-1";

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The name, and the encoding it was decoded from when that was not UTF-8.</summary>
    public static (string Name, string? Encoding) Decode(byte[] name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryDecode(StrictUtf8, name) is { } utf8)
        {
            return (utf8, null);
        }

        var gb18030 = Strict(Gb18030);
        return TryDecode(gb18030, name) is { } chinese && gb18030.GetBytes(chinese).AsSpan().SequenceEqual(name)
            ? (chinese, Gb18030)
            : (Encoding.Latin1.GetString(name), Latin1);
    }

    /// <summary>The bytes of a name decoded by <see cref="Decode"/>.</summary>
    public static byte[] Encode(string name, string? encoding) => encoding switch
    {
        null => Encoding.UTF8.GetBytes(name),
        Latin1 => Encoding.Latin1.GetBytes(name),
        _ => Strict(encoding).GetBytes(name),
    };

    private static Encoding Strict(string name)
    {
        CodePages.EnsureRegistered();
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

using System.Buffers;
using System.Text.Unicode;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Detects a CSV file's encoding (DATA-CONTRACT.md 2.1): a BOM first (UTF-8, UTF-16 LE/BE), then strict
/// UTF-8 over the whole file, else GB18030. NUL bytes without a UTF-16 BOM mean the file is not text.
/// </summary>
internal static class CsvEncodingDetector
{
    private const int ChunkBytes = 1 << 20;
    private const int NulScanBytes = 64 * 1024;

    /// <summary>Reads the stream from its current position to the end; the caller seeks back.</summary>
    public static (CsvEncoding? Encoding, Problem? Problem) Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var head = stream.ReadAtLeast(buffer.AsSpan(0, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
            var first = buffer.AsSpan(0, head);
            var bom = FromBom(first);
            if (head == (bom?.BomLength ?? 0))
            {
                return (null, ReadProblems.Empty());
            }

            if (bom is { Encoding: System.Text.UnicodeEncoding })
            {
                return (bom, null);
            }

            if (first[..Math.Min(head, NulScanBytes)].Contains((byte)0))
            {
                return (null, ReadProblems.NotText());
            }

            if (bom is not null)
            {
                return (bom, null);
            }

            return (IsUtf8ToTheEnd(stream, buffer, head) ? CsvEncoding.Utf8 : CsvEncoding.Gb18030, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CsvEncoding? FromBom(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => CsvEncoding.Utf8Bom,
        [0xFF, 0xFE, ..] => CsvEncoding.Utf16LittleEndian,
        [0xFE, 0xFF, ..] => CsvEncoding.Utf16BigEndian,
        _ => null,
    };

    /// <summary>Validates chunk by chunk, carrying a sequence cut at a chunk's end over to the next chunk.</summary>
    private static bool IsUtf8ToTheEnd(Stream stream, byte[] buffer, int count)
    {
        while (true)
        {
            var atEnd = count < ChunkBytes;
            var chunk = buffer.AsSpan(0, count);
            var complete = atEnd ? count : CompleteLength(chunk);
            if (!Utf8.IsValid(chunk[..complete]))
            {
                return false;
            }

            if (atEnd)
            {
                return true;
            }

            var carried = count - complete;
            chunk[complete..].CopyTo(buffer);
            var read = stream.ReadAtLeast(buffer.AsSpan(carried, ChunkBytes - carried), ChunkBytes - carried, throwOnEndOfStream: false);
            count = carried + read;
        }
    }

    /// <summary>The length of <paramref name="bytes"/> without a trailing UTF-8 sequence that is not yet complete.</summary>
    internal static int CompleteLength(ReadOnlySpan<byte> bytes)
    {
        var lead = bytes.Length - 1;
        while (lead >= 0 && lead > bytes.Length - 4 && (bytes[lead] & 0xC0) == 0x80)
        {
            lead--;
        }

        if (lead < 0)
        {
            return bytes.Length;
        }

        var b = bytes[lead];
        var needed = b switch
        {
            < 0x80 => 1,
            _ when (b & 0xE0) == 0xC0 => 2,
            _ when (b & 0xF0) == 0xE0 => 3,
            _ when (b & 0xF8) == 0xF0 => 4,
            _ => 1,
        };
        return lead + needed > bytes.Length ? lead : bytes.Length;
    }
}

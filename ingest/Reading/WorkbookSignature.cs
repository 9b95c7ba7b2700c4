namespace Satisfaction.Ingest.Reading;

/// <summary>What a workbook file is by its first bytes, whatever its name says.</summary>
internal enum WorkbookFormat
{
    Unknown,
    Zip,
    Compound,
}

/// <summary>Reads the signature: "PK\x03\x04" for xlsx (a zip), D0 CF 11 E0 A1 B1 1A E1 for xls (OLE compound file).</summary>
internal static class WorkbookSignature
{
    public static WorkbookFormat Of(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> head = stackalloc byte[8];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return head[..read] switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => WorkbookFormat.Zip,
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] => WorkbookFormat.Compound,
            _ => WorkbookFormat.Unknown,
        };
    }
}

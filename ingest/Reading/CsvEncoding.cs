using System.Text;

namespace Satisfaction.Ingest.Reading;

/// <summary>How a CSV file is decoded: the encoding, its name for the ledger, and how many BOM bytes to skip.</summary>
internal sealed record CsvEncoding(Encoding Encoding, string Name, int BomLength)
{
    public static CsvEncoding Utf8Bom { get; } = new(new UTF8Encoding(false), "UTF-8 BOM", 3);

    public static CsvEncoding Utf8 { get; } = new(new UTF8Encoding(false), "UTF-8", 0);

    public static CsvEncoding Utf16LittleEndian { get; } = new(new UnicodeEncoding(false, false), "UTF-16 LE", 2);

    public static CsvEncoding Utf16BigEndian { get; } = new(new UnicodeEncoding(true, false), "UTF-16 BE", 2);

    public static CsvEncoding Gb18030 => new(CodePages.Gb18030, "GB18030", 0);
}

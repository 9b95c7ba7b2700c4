using System.Text;
using Satisfaction.Ingest.Reading;

namespace Satisfaction.Ingest.Tests.Reading;

public sealed class CsvEncodingTests : IDisposable
{
    private const string Chinese = "营业厅编码,营业厅名称,备注\r\n007,北京西单营业厅,服务很好\r\n";

    private readonly TempFolder _folder = new();

    static CsvEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, bool> Encodings() => new()
    {
        { "utf-8", "CSV, UTF-8, comma", false },
        { "utf-8", "CSV, UTF-8 BOM, comma", true },
        { "utf-16", "CSV, UTF-16 LE, comma", true },
        { "utf-16BE", "CSV, UTF-16 BE, comma", true },
        { "GB18030", "CSV, GB18030, comma", false },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ChineseTextReadsTheSameInEveryAcceptedEncoding(string encoding, string description, bool bom)
    {
        var path = _folder.Text("visits.csv", Chinese, Encoding.GetEncoding(encoding), bom);

        var rows = Read.Rows(path);

        Assert.Equal(description, Read.Description(path));
        Assert.Equal(["营业厅编码|营业厅名称|备注", "007|北京西单营业厅|服务很好"], rows.Select(Read.Cells));
    }

    [Fact]
    public void GbkBytesThatHappenToBeAsciiUntilTheLastMegabyteAreStillGb18030()
    {
        var text = "a,b\r\n" + string.Concat(Enumerable.Repeat("abcdefghij,123\r\n", 200_000)) + "1,甲\r\n";
        var path = _folder.Text("late.csv", text, Encoding.GetEncoding("GB18030"));

        Assert.Equal("CSV, GB18030, comma", Read.Description(path));
        Assert.Equal("1|甲", Read.Cells(Read.Rows(path)[^1]));
    }

    [Fact]
    public void AChineseCharacterCutByTheValidationChunkIsStillUtf8()
    {
        // 1 MiB chunks: put a three-byte character across the first boundary, and another across the second.
        var text = new string('x', (1 << 20) - 1) + "中" + new string('y', (1 << 20) - 3) + "文,z\n";
        var path = _folder.Utf8("boundary.csv", text);

        Assert.Equal("CSV, UTF-8, comma", Read.Description(path));
    }

    [Theory]
    [InlineData(new byte[] { 0xE4, 0xB8 }, 0)]
    [InlineData(new byte[] { 0x61, 0xE4, 0xB8, 0xAD }, 4)]
    [InlineData(new byte[] { 0x61, 0xF0, 0x9F, 0x98 }, 1)]
    [InlineData(new byte[] { 0x61, 0x62 }, 2)]
    [InlineData(new byte[] { 0x61, 0xC3 }, 1)]
    public void AnIncompleteTrailingSequenceIsCarriedToTheNextChunk(byte[] bytes, int complete) =>
        Assert.Equal(complete, CsvEncodingDetector.CompleteLength(bytes));

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public void AnEmptyFileOrABomAloneFailsToOpenAsEmpty(byte[] bytes)
    {
        var problem = Read.FailsToOpen(_folder.Bytes("empty.csv", bytes));

        Assert.Equal("文件为空", problem.Chinese);
        Assert.Equal("the file is empty", problem.English);
    }

    [Fact]
    public void NulBytesWithoutAUtf16BomMeanTheFileIsNotText()
    {
        var path = _folder.Text("utf16-no-bom.csv", Chinese, Encoding.Unicode, bom: false);

        var problem = Read.FailsToOpen(path);

        Assert.Contains("not text", problem.English, StringComparison.Ordinal);
        Assert.Contains("NUL", problem.Chinese, StringComparison.Ordinal);
    }
}

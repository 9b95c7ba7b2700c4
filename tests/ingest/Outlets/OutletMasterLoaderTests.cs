using System.Text;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Tests.Reading;

namespace Satisfaction.Ingest.Tests.Outlets;

public sealed class OutletMasterLoaderTests : IDisposable
{
    private const string Header = "省分,地市,营业厅编码,营业厅名称,别名,级别\n";

    private readonly TempFolder _folder = new();

    static OutletMasterLoaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OutletsAreReadWithCodesAsTextAndAliasesSplit()
    {
        var path = _folder.Utf8("master.csv", Header + "北京,北京,007,西单营业厅, 西单厅 || 西单 ,A\n北京,北京,008,东单营业厅,,\n");

        var outlets = OutletMasterLoader.ReadOutlets(path);

        Assert.Equal(2, outlets.Count);
        Assert.Equal(("北京", "北京", "007", "西单营业厅", "A"), (outlets[0].Province, outlets[0].City, outlets[0].Code, outlets[0].Name, outlets[0].Level));
        Assert.Equal(["西单厅", "西单"], outlets[0].Aliases);
        Assert.Empty(outlets[1].Aliases);
        Assert.Null(outlets[1].Level);
    }

    [Theory]
    [InlineData(Header)]
    [InlineData(Header + ",,,,\n\n")]
    public void AMasterWithAHeaderButNoOutletsIsRefused(string content)
    {
        var path = _folder.Utf8("master.csv", content);

        var refused = Assert.Throws<OutletMasterException>(() => OutletMasterLoader.ReadOutlets(path));

        Assert.Contains("no outlets", Assert.Single(refused.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TitleRowsAboveTheHeaderAreSkippedAndHeaderNamesAreTrimmed()
    {
        var path = _folder.Utf8("master.csv", "营业厅主数据 2026\n\n 省分 ,地市,营业厅编码 ,营业厅名称,别名\n广东,广州,GZ01,天河厅,\n");

        var outlet = Assert.Single(OutletMasterLoader.ReadOutlets(path));

        Assert.Equal("GZ01", outlet.Code);
    }

    [Fact]
    public void AGb18030MasterFromExcelOnChineseWindowsReads()
    {
        var path = _folder.Text("master.csv", Header + "广东,深圳,0755,福田厅,,\n", Encoding.GetEncoding("GB18030"));

        Assert.Equal("福田厅", Assert.Single(OutletMasterLoader.ReadOutlets(path)).Name);
    }

    [Fact]
    public void AnXlsxMasterKeepsTextCodesAndFormatsNumericCodesWithoutDecimals()
    {
        var path = _folder.Xlsx("master.xlsx", book =>
        {
            var sheet = book.AddWorksheet("主数据");
            string[] header = ["省分", "地市", "营业厅编码", "营业厅名称", "别名"];
            for (var i = 0; i < header.Length; i++)
            {
                sheet.Cell(1, i + 1).SetValue(header[i]);
            }

            sheet.Cell("A2").SetValue("北京");
            sheet.Cell("B2").SetValue("北京");
            sheet.Cell("C2").SetValue("007");
            sheet.Cell("D2").SetValue("西单厅");
            sheet.Cell("A3").SetValue("北京");
            sheet.Cell("B3").SetValue("北京");
            sheet.Cell("C3").SetValue(1001);
            sheet.Cell("D3").SetValue("东单厅");
        });

        var outlets = OutletMasterLoader.ReadOutlets(path);

        Assert.Equal(["007", "1001"], outlets.Select(o => o.Code));
    }

    [Fact]
    public void EveryProblemOfTheFileIsReportedAtOnce()
    {
        const string Csv = Header
            + "北京,北京,007,西单厅,,\n"
            + "北京,北京,,无编码厅,,\n"
            + ",,009,,,\n"
            + "北京,北京,007,又一个西单,,\n";

        var error = Assert.Throws<OutletMasterException>(() => OutletMasterLoader.ReadOutlets(_folder.Utf8("master.csv", Csv)));

        Assert.Equal(
            [
                "第 3 行营业厅编码为空 / empty code on row 3",
                "第 4 行营业厅名称为空 / missing name on row 4",
                "第 4 行地市为空 / missing city on row 4",
                "第 4 行省分为空 / missing province on row 4",
                "营业厅编码 007 重复（第 2 行和第 5 行） / duplicate code 007 on rows 2 and 5",
            ],
            error.Problems);
    }

    [Fact]
    public void MissingColumnsAreAllNamed()
    {
        var path = _folder.Utf8("master.csv", "营业厅编码,营业厅名称\n007,西单厅\n");

        var error = Assert.Throws<OutletMasterException>(() => OutletMasterLoader.ReadOutlets(path));

        Assert.Equal(["缺少列“省分” / missing column 省分", "缺少列“地市” / missing column 地市", "缺少列“别名” / missing column 别名"], error.Problems);
    }

    [Fact]
    public void AFileWithoutTheHeaderInItsFirstTenRowsIsRefused()
    {
        var path = _folder.Utf8("master.csv", string.Concat(Enumerable.Repeat("x,y\n", 10)) + Header);

        var error = Assert.Throws<OutletMasterException>(() => OutletMasterLoader.ReadOutlets(path));

        Assert.Contains("first 10 rows", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableFileIsAnInvalidMasterWithTheReadersProblem()
    {
        var path = _folder.Bytes("master.xlsx", [1, 2, 3, 4]);

        var error = Assert.Throws<OutletMasterException>(() => OutletMasterLoader.ReadOutlets(path));

        Assert.Contains("not a valid Excel workbook", Assert.Single(error.Problems), StringComparison.Ordinal);
    }
}

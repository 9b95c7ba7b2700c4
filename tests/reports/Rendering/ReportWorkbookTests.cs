using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Reports.Tests.Rendering;

// REPORTS.md read back from the written files: paths, tables and their columns, numbers as numbers,
// dates as dates, vendor text as masked text, charts bound to the tables, pictures, validity.
public sealed class ReportWorkbookTests(WrittenReports written) : IClassFixture<WrittenReports>
{
    [Fact]
    public void WorkbooksGoWhereTheContractSays()
    {
        Assert.Equal(Path.Combine(written.Folder, "2026Q3", "江苏", "江苏_2026Q3_省分报告.xlsx"), written.Province.Path);
        Assert.Equal(Path.Combine(written.Folder, "2026Q3", "江苏", "南京", "南京_2026Q3_地市报告.xlsx"), written.City.Path);
        Assert.Empty(Directory.GetFiles(written.Folder, "*.tmp*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("province", "CityRanking", "排名,地市,暗访得分,服务亲和,服务用语,主动营销,业务处理,现场管理,营业厅数,暗访次数,上期得分,变化")]
    [InlineData("province", "OutletRanking", "省排名,地市,营业厅编码,营业厅名称,暗访得分,服务亲和,服务用语,主动营销,业务处理,现场管理,暗访次数,等级,样本不足")]
    [InlineData("province", "ItemLoss", "题号,检查项,维度,适用次数,失分率,不合格率")]
    [InlineData("province", "VetoVisits", "访问编号,地市,营业厅名称,访问日期,否决项")]
    [InlineData("province", "SatisfactionByCity", "地市,满意度指数,总体满意度,满意度Top2,NPS,样本量")]
    [InlineData("province", "DriverImportance", "触点,重要性,表现,象限")]
    [InlineData("city", "OutletRanking", "市排名,营业厅编码,营业厅名称,暗访得分,服务亲和,服务用语,主动营销,业务处理,现场管理,暗访次数,等级,样本不足,上期得分,变化")]
    [InlineData("city", "DimensionComparison", "维度,本市,全省,差值")]
    [InlineData("city", "ItemLoss", "题号,检查项,维度,适用次数,失分率,不合格率")]
    [InlineData("city", "VetoVisits", "访问编号,营业厅名称,访问日期,否决项")]
    [InlineData("city", "SatisfactionByOutlet", "营业厅编码,营业厅名称,满意度指数,总体满意度,NPS,样本量,样本不足")]
    [InlineData("city", "Visits", "访问编号,营业厅编码,访问日期,暗访得分,服务亲和,服务用语,主动营销,业务处理,现场管理,否决,备注")]
    public void EveryNamedTableStartsWithTheContractsColumnsInOrder(string workbook, string table, string columns)
    {
        using var reader = new WorkbookReader(workbook == "province" ? written.Province.Path : written.City.Path);

        var headers = reader.Table(table).Headers;

        Assert.Equal(columns.Split(','), headers.Take(columns.Split(',').Length));
    }

    [Fact]
    public void ScoresAndRatesAreNumbersWithTheirFormatsAndEmptyIsEmpty()
    {
        using var reader = new WorkbookReader(written.Province.Path);
        var cities = reader.Table("CityRanking");
        var items = reader.Table("ItemLoss");

        Assert.Equal((90.1, true, "0.0"), (cities[0, "暗访得分"].Number, cities[0, "暗访得分"].IsNumber, cities[0, "暗访得分"].Format));
        Assert.Null(cities[1, "服务用语"].Text);
        Assert.Null(cities[1, "上期得分"].Text);
        Assert.Equal((0.1667, "0.0%"), (items[0, "失分率"].Number, items[0, "失分率"].Format));
        Assert.Null(items[1, "失分率"].Text);
        Assert.Equal("0250101", reader.Table("OutletRanking")[0, "营业厅编码"].Text);
        Assert.False(reader.Table("OutletRanking")[0, "营业厅编码"].IsNumber);
        Assert.Equal("是", reader.Table("OutletRanking")[1, "样本不足"].Text);
        Assert.Null(reader.Table("OutletRanking")[0, "样本不足"].Text);
    }

    [Fact]
    public void DatesAreRealExcelDatesAndVetoItemsAreJoinedWithCommas()
    {
        using var reader = new WorkbookReader(written.Province.Path);
        var vetoes = reader.Table("VetoVisits");

        Assert.True(vetoes[0, "访问日期"].IsNumber);
        Assert.Equal(new DateTime(2026, 7, 5), DateTime.FromOADate(vetoes[0, "访问日期"].Number));
        Assert.Contains("yy", vetoes[0, "访问日期"].Format, StringComparison.Ordinal);
        Assert.Equal("V1,V3", vetoes[0, "否决项"].Text);
    }

    [Fact]
    public void VendorTextIsMaskedAndNeverAFormula()
    {
        using var reader = new WorkbookReader(written.City.Path);
        var visits = reader.Table("Visits");

        Assert.Equal("客户138****5678反映等候时间长", visits[0, "备注"].Text);
        Assert.Equal(HandMadeReports.FormulaComment, visits[1, "备注"].Text);
        Assert.False(visits[1, "备注"].IsFormula);
        Assert.False(visits[1, "备注"].IsNumber);
        Assert.Equal("是", visits[1, "否决"].Text);
    }

    [Theory]
    [InlineData("province", 1)]
    [InlineData("city", 2)]
    public void SeparatedFullWidthAndFifteenDigitNumbersAreMaskedInTheVisitDetails(string workbook, int row)
    {
        using var reader = new WorkbookReader(workbook == "province" ? written.Province.Path : written.City.Path);
        var visits = reader.Table("Visits");

        Assert.Equal("客户+86 139-****-5678要求回电，证件320102*****1123", visits[row, "备注"].Text);
        Assert.Equal("１３９****５６７８", visits[row, "访员编号"].Text);
    }

    [Fact]
    public void TheProvinceListsEveryVisitWithItsCityLastAndIdCardsMasked()
    {
        using var reader = new WorkbookReader(written.Province.Path);
        var visits = reader.Table("Visits");

        Assert.Equal("地市", visits.Headers[^1]);
        Assert.Equal("南京", visits[0, "地市"].Text);
        Assert.Equal("身份证320102********1234复印件留存", visits[0, "备注"].Text);
    }

    [Fact]
    public void TheProvinceHasItsNativeChartsBoundToItsTables()
    {
        using var reader = new WorkbookReader(written.Province.Path);
        var charts = reader.Charts();

        Assert.Equal(["barChart/bar", "radarChart", "lineChart", "barChart/column"], charts.Select(c => c.Kind));
        Assert.Contains("'地市排名'!$B$4:$B$5", charts[0].Formulas);
        Assert.Contains("'地市排名'!$C$4:$C$5", charts[0].Formulas);
        Assert.Contains(charts[2].Formulas, f => f.StartsWith("'维度与趋势'!", StringComparison.Ordinal));
        Assert.Contains("'满意度'!$E$4:$E$5", charts[3].Formulas);
        Assert.Equal(2, reader.Pictures());
    }

    [Fact]
    public void TheCityHasItsNativeChartsAndTheDistributionPicture()
    {
        using var reader = new WorkbookReader(written.City.Path);
        var charts = reader.Charts();

        Assert.Equal(["barChart/bar", "barChart/column", "lineChart"], charts.Select(c => c.Kind));
        Assert.Contains("'营业厅排名'!$C$4:$C$5", charts[0].Formulas);
        Assert.Contains("'维度对比与趋势'!$C$4:$C$8", charts[1].Formulas);
        Assert.Equal(1, reader.Pictures());
        Assert.Equal(["概览", "营业厅排名"], reader.SheetNames().Take(2));
        Assert.Equal("方法说明", reader.SheetNames()[^1]);
    }

    [Fact]
    public void PicturesAreAlsoWrittenAsPngBesideTheWorkbook()
    {
        Assert.Equal(2, written.Province.Pictures.Count);
        Assert.All(written.Province.Pictures.Concat(written.City.Pictures), p => Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(p)[..4]));
        Assert.Single(written.City.Pictures);
    }

    [Fact]
    public void BothWorkbooksPassTheOpenXmlValidator()
    {
        foreach (var path in new[] { written.Province.Path, written.City.Path })
        {
            using var reader = new WorkbookReader(path);
            Assert.Empty(reader.ValidationErrors());
        }
    }
}

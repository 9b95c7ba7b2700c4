using ClosedXML.Excel;

namespace Satisfaction.Ingest.Tests.Reading;

public sealed class ExcelTableSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OnlyVisibleSheetsAreReadInWorkbookOrder()
    {
        var path = _folder.Xlsx("visits.xlsx", book =>
        {
            book.AddWorksheet("说明").Cell("A1").SetValue("hidden notes");
            book.Worksheet("说明").Visibility = XLWorksheetVisibility.Hidden;
            book.AddWorksheet("明细").Cell("A1").SetValue("编号");
            book.AddWorksheet("汇总").Cell("A1").SetValue("合计");
            book.AddWorksheet("旧").Cell("A1").SetValue("x");
            book.Worksheet("旧").Visibility = XLWorksheetVisibility.VeryHidden;
        });

        var sheets = Read.All(path);

        Assert.Equal(["明细", "汇总"], sheets.Select(s => s.Name));
        Assert.Equal("xlsx", Read.Description(path));
    }

    [Fact]
    public void ASheetReadOnlyInPartLeavesTheNextSheetWhole()
    {
        var path = _folder.Xlsx("visits.xlsx", book =>
        {
            book.AddWorksheet("封面").Cell("A1").SetValue("2026年7月");
            book.Worksheet("封面").Cell("A20").SetValue("end");
            book.AddWorksheet("明细").Cell("A2").SetValue("编号");
        });
        using var source = Read.Open(path);
        using var sheets = source.Sheets().GetEnumerator();

        Assert.True(sheets.MoveNext());
        Assert.Equal("2026年7月", sheets.Current.Rows.First().Cells[0]);
        Assert.True(sheets.MoveNext());
        Assert.Equal([1, 2], sheets.Current.Rows.Select(r => r.Number));
        Assert.False(sheets.MoveNext());
    }

    [Fact]
    public void RowNumbersAreExcelRowNumbersWhenDataStartsLowAndHasGaps()
    {
        var path = _folder.Xlsx("visits.xlsx", book =>
        {
            var sheet = book.AddWorksheet("明细");
            sheet.Cell("B3").SetValue("编号");
            sheet.Cell("B4").SetValue("1");
            sheet.Cell("B6").SetValue("2");
        });

        var rows = Read.Rows(path);

        Assert.Equal([1, 2, 3, 4, 5, 6], rows.Select(r => r.Number));
        Assert.Empty(rows[0].Cells);
        Assert.Equal([null, "编号"], rows[2].Cells);
        Assert.Empty(rows[4].Cells);
        Assert.Equal([null, "2"], rows[5].Cells);
    }

    [Fact]
    public void CellsArriveAsTextNumberDateAndBoolean()
    {
        var path = _folder.Xlsx("visits.xlsx", book =>
        {
            var sheet = book.AddWorksheet("明细");
            sheet.Cell("A1").SetValue("007");
            sheet.Cell("B1").SetValue(6.5);
            sheet.Cell("C1").SetValue(new DateTime(2026, 7, 5));
            sheet.Cell("D1").SetValue(true);
            sheet.Cell("E1").SetValue("   ");
            sheet.Cell("F1").SetValue("end");
        });

        var cells = Read.Rows(path)[0].Cells;

        Assert.Equal(["007", 6.5, new DateTime(2026, 7, 5), true, null, "end"], cells);
    }

    [Fact]
    public void ADateFormattedNumberArrivesAsADate()
    {
        var path = _folder.Xlsx("visits.xlsx", book =>
        {
            var cell = book.AddWorksheet("明细").Cell("A1");
            cell.SetValue(46208.0);
            cell.Style.NumberFormat.Format = "yyyy/m/d";
        });

        Assert.Equal(DateTime.FromOADate(46208), Read.Rows(path)[0].Cells[0]);
    }

    [Fact]
    public void ATwoRowHeaderKeepsTheMergedGroupInItsFirstCell()
    {
        var path = _folder.Xlsx("visits.xlsx", book =>
        {
            var sheet = book.AddWorksheet("明细");
            sheet.Cell("A1").SetValue("编号");
            sheet.Cell("B1").SetValue("服务亲和");
            sheet.Range("B1:D1").Merge();
            sheet.Cell("B2").SetValue("A1");
            sheet.Cell("C2").SetValue("A2");
            sheet.Cell("D2").SetValue("A3");
            sheet.Cell("A3").SetValue("V001");
        });

        var rows = Read.Rows(path);

        Assert.Equal(["编号", "服务亲和"], rows[0].Cells);
        Assert.Equal([null, "A1", "A2", "A3"], rows[1].Cells);
        Assert.Equal("V001", rows[2].Cells[0]);
    }

    [Fact]
    public void AnXlsxNamedXlsOpensByItsContent()
    {
        var xlsx = _folder.Xlsx("visits.xlsx", book => book.AddWorksheet("明细").Cell("A1").SetValue("编号"));
        var misnamed = _folder.File("visits.XLS");
        File.Copy(xlsx, misnamed);

        Assert.Equal("编号", Read.Rows(misnamed)[0].Cells[0]);
        Assert.Equal("xlsx (named .xls)", Read.Description(misnamed));
    }

    [Fact]
    public void ACellOverTheLimitNamesItsRowAndColumn()
    {
        var path = _folder.Xlsx("visits.xlsx", book => book.AddWorksheet("明细").Cell("C2").SetValue(new string('长', 40)));

        var problem = Read.Fails(path, new Satisfaction.Ingest.Reading.ReadLimits { MaxCellCharacters = 32 }).Problem;

        Assert.Contains("row 2, column 3 (C)", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ASheetWiderThanTheLimitIsRefused()
    {
        var path = _folder.Xlsx("visits.xlsx", book => book.AddWorksheet("明细").Cell("Z1").SetValue("far"));

        var problem = Read.Fails(path, new Satisfaction.Ingest.Reading.ReadLimits { MaxColumns = 10 }).Problem;

        Assert.Contains("明细", problem.English, StringComparison.Ordinal);
        Assert.Contains("more than 10 columns", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AnXlsWorkbookReadsItsVisibleSheetWithTextCodesDatesAndExcelRowNumbers()
    {
        var path = _folder.Bytes("visits.xls", XlsFixture.Bytes);

        var sheet = Assert.Single(Read.All(path));

        Assert.Equal("明细", sheet.Name);
        Assert.Equal("xls", Read.Description(path));
        Assert.Equal(["营业厅编码", "营业厅名称", "访问日期", "得分"], sheet.Rows[1].Cells);
        Assert.Equal(["007", "西单营业厅", new DateTime(2026, 7, 5), 6.5], sheet.Rows[2].Cells);
        Assert.Equal(5, sheet.Rows[4].Number);
        Assert.Equal("008", sheet.Rows[4].Cells[0]);
    }
}

using Satisfaction.Ingest.Reading;

namespace Satisfaction.Ingest.Tests.Reading;

public sealed class CsvTableSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ACsvIsOneSheetNamedAfterTheFile()
    {
        var sheets = Read.All(_folder.Utf8("7月暗访.csv", "a,b\n1,2\n"));

        Assert.Equal("7月暗访", Assert.Single(sheets).Name);
    }

    [Fact]
    public void RowNumbersAreTheRowsExcelShowsCountingBlankLinesAndMultiLineCells()
    {
        const string Csv = "编号,备注\r\n1,\"第一行\r\n第二行\"\r\n\r\n2,好\r\n";

        var rows = Read.Rows(_folder.Utf8("visits.csv", Csv));

        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.Number));
        Assert.Equal("第一行\r\n第二行", rows[1].Cells[1]);
        Assert.Empty(rows[2].Cells);
        Assert.Equal("2|好", Read.Cells(rows[3]));
    }

    [Fact]
    public void EmptyCellsAreNullAndTrailingEmptyCellsAreTrimmed()
    {
        var rows = Read.Rows(_folder.Utf8("visits.csv", "a,,c,,\n,,,,\n"));

        Assert.Equal(["a", null, "c"], rows[0].Cells);
        Assert.Empty(rows[1].Cells);
    }

    [Fact]
    public void CellsAreTextAsWrittenWithLeadingZerosKept()
    {
        var rows = Read.Rows(_folder.Utf8("visits.csv", "营业厅编码,得分\n007,6.50\n"));

        Assert.Equal(["007", "6.50"], rows[1].Cells);
    }

    [Fact]
    public void AStrayQuoteInAHandEditedFileIsKeptAsText()
    {
        var rows = Read.Rows(_folder.Utf8("visits.csv", "编号,备注\n1,他说\"很好\n2,ok\n"));

        Assert.Equal(3, rows.Count);
        Assert.Equal("他说\"很好", rows[1].Cells[1]);
        Assert.Equal("2|ok", Read.Cells(rows[2]));
    }

    [Fact]
    public void EscapedQuotesAndDelimitersInsideQuotesAreUnescaped()
    {
        var rows = Read.Rows(_folder.Utf8("visits.csv", "1,\"say \"\"hi\"\", twice\"\n"));

        Assert.Equal("say \"hi\", twice", rows[0].Cells[1]);
    }

    [Theory]
    [InlineData("\t", "tab")]
    [InlineData(";", "semicolon")]
    public void TabAndSemicolonFilesSplitOnTheirDelimiter(string delimiter, string name)
    {
        var path = _folder.Utf8("visits.csv", $"a{delimiter}b{delimiter}c\n1{delimiter}2,5{delimiter}3\n");

        Assert.Equal($"CSV, UTF-8, {name}", Read.Description(path));
        Assert.Equal(["1", "2,5", "3"], Read.Rows(path)[1].Cells);
    }

    [Fact]
    public void AHeaderOnlyFileOpensWithOneRowAndNoData()
    {
        var rows = Read.Rows(_folder.Utf8("visits.csv", "编号,营业厅编码,访问日期\r\n"));

        Assert.Equal("编号|营业厅编码|访问日期", Read.Cells(Assert.Single(rows)));
    }

    [Fact]
    public void AFileWithoutAFinalLineBreakKeepsItsLastRow()
    {
        var rows = Read.Rows(_folder.Utf8("visits.csv", "a,b\n1,2"));

        Assert.Equal("1|2", Read.Cells(rows[^1]));
    }

    [Fact]
    public void ACellOverTheLimitNamesItsRowAndColumn()
    {
        var path = _folder.Utf8("visits.csv", "a,b,c\n1,2,3\n4,5," + new string('长', 40) + "\n");

        var problem = Read.Fails(path, new ReadLimits { MaxCellCharacters = 32 }).Problem;

        Assert.Contains("row 3, column 3 (C)", problem.English, StringComparison.Ordinal);
        Assert.Contains("第 3 行第 3 列", problem.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithTooManyColumnsNamesTheRow()
    {
        var path = _folder.Utf8("visits.csv", "a,b\n1,2\n" + new string(',', 20) + "\n");

        var problem = Read.Fails(path, new ReadLimits { MaxColumns = 10 }).Problem;

        Assert.Contains("row 3 has more than 10 columns", problem.English, StringComparison.Ordinal);
    }
}

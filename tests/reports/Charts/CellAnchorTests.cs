using Satisfaction.Reports.Charts;

namespace Satisfaction.Reports.Tests.Charts;

public sealed class CellAnchorTests
{
    [Theory]
    [InlineData("A1:B2", 0, 0, 2, 2)]
    [InlineData("H2:P20", 7, 1, 16, 20)]
    [InlineData("$AA$10:$AB$12", 26, 9, 28, 12)]
    public void CellsCoversBothCornersOfTheRange(string range, int fromColumn, int fromRow, int toColumn, int toRow) =>
        Assert.Equal(new CellAnchor(fromColumn, fromRow, toColumn, toRow), CellAnchor.Cells(range));

    [Theory]
    [InlineData("H2")]
    [InlineData("P20:H2")]
    [InlineData("B0:C3")]
    public void CellsRefusesWhatIsNotARangeDownAndRight(string range) =>
        Assert.ThrowsAny<ArgumentException>(() => CellAnchor.Cells(range));

    [Theory]
    [InlineData("排名", "B2:B14", "'排名'!$B$2:$B$14")]
    [InlineData("排名", "c1", "'排名'!$C$1")]
    [InlineData("O'Brien", "$A$1:A3", "'O''Brien'!$A$1:$A$3")]
    public void ChartRangeIsAbsoluteAndQuoted(string sheet, string range, string expected) =>
        Assert.Equal(expected, ChartRange.Of(sheet, range));
}

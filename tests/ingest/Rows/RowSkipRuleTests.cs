using Satisfaction.Ingest.Rows;

namespace Satisfaction.Ingest.Tests.Rows;

public sealed class RowSkipRuleTests
{
    [Fact]
    public void AnEmptyRowIsSkipped() => Assert.True(RowSkipRule.IsSkipped([]));

    [Fact]
    public void ARowOfNullsAndWhitespaceIsSkipped() =>
        Assert.True(RowSkipRule.IsSkipped([null, "", "  ", "\u3000", DBNull.Value]));

    [Theory]
    [InlineData("合计")]
    [InlineData("合计：")]
    [InlineData("总计")]
    [InlineData("小计")]
    [InlineData("小计（南京）")]
    [InlineData("平均")]
    [InlineData("平均分")]
    [InlineData("平均值")]
    [InlineData("说明")]
    [InlineData("说明：本表数据截至7月")]
    [InlineData("注")]
    [InlineData("注：")]
    [InlineData("注:")]
    [InlineData("注 以下为抽样")]
    [InlineData("注1")]
    [InlineData("注１：")]
    [InlineData(" 合计 ")]
    public void TotalAndNoteRowsAreSkipped(string first)
    {
        Assert.True(RowSkipRule.IsSkipped([first, 95.5, null]));
        Assert.True(RowSkipRule.IsSkipped([null, "  ", first, 95.5]));
    }

    [Theory]
    [InlineData("注册")]
    [InlineData("注销业务")]
    [InlineData("注意")]
    [InlineData("V20260705001")]
    [InlineData("城关合计")]
    public void DataRowsAreKept(string first) =>
        Assert.False(RowSkipRule.IsSkipped([first, "合计", "注：x"]));

    [Fact]
    public void ARowStartingWithANumberIsKept() =>
        Assert.False(RowSkipRule.IsSkipped([null, 1001.0, "合计"]));
}

using Satisfaction.Reports.Tests.Rendering;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Reports.Tests.Workbooks;

// 数据质量 lists what was left out of the figures, so that nothing disappears unexplained.
public sealed class QualitySheetTests(WrittenReports written) : IClassFixture<WrittenReports>
{
    [Fact]
    public void StoredAnswersTheSchemeNoLongerAllowsAreListedWithIdItemValueAndRule()
    {
        using var reader = new WorkbookReader(written.Province.Path);

        var table = reader.Table("DisallowedAnswers");

        Assert.Equal("数据质量", table.Sheet);
        Assert.Equal(["类型", "编号", "地市", "营业厅编码", "题号", "答案", "方案规则"], table.Headers);
        Assert.Equal(["暗访", "AF-0007", "南京", "0250101", "D1", "6", "0–4 分 / 0–4 points"], table.Rows.Single().Select(c => c.Text));
    }
}

using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Tests.Headers;

public sealed class HeaderCellMatcherTests
{
    private static readonly string[] Checklist = ["A1", "A2", "B1", "V1"];
    private static readonly string[] Survey = ["S1", "S2", "S9", "S10"];

    [Theory]
    [InlineData("访问编号", FieldKind.VisitId)]
    [InlineData("暗访编号", FieldKind.VisitId)]
    [InlineData("VisitId", FieldKind.VisitId)]
    [InlineData("样本编号", FieldKind.RespondentId)]
    [InlineData("受访者编号", FieldKind.RespondentId)]
    [InlineData("RespondentId", FieldKind.RespondentId)]
    [InlineData("营业厅编码", FieldKind.OutletCode)]
    [InlineData("厅编码", FieldKind.OutletCode)]
    [InlineData("网点编码", FieldKind.OutletCode)]
    [InlineData("OutletCode", FieldKind.OutletCode)]
    [InlineData("营业厅名称", FieldKind.OutletName)]
    [InlineData("营业厅", FieldKind.OutletName)]
    [InlineData("网点名称", FieldKind.OutletName)]
    [InlineData("OutletName", FieldKind.OutletName)]
    [InlineData("地市", FieldKind.City)]
    [InlineData("城市", FieldKind.City)]
    [InlineData("市", FieldKind.City)]
    [InlineData("City", FieldKind.City)]
    [InlineData("访问日期", FieldKind.Date)]
    [InlineData("暗访日期", FieldKind.Date)]
    [InlineData("调查日期", FieldKind.Date)]
    [InlineData("日期", FieldKind.Date)]
    [InlineData("Date", FieldKind.Date)]
    [InlineData("访员编号", FieldKind.ShopperId)]
    [InlineData("暗访员", FieldKind.ShopperId)]
    [InlineData("ShopperId", FieldKind.ShopperId)]
    [InlineData("备注", FieldKind.Comment)]
    [InlineData("主要问题点", FieldKind.Comment)]
    [InlineData("意见建议", FieldKind.Comment)]
    [InlineData("Comment", FieldKind.Comment)]
    public void EveryAcceptedHeaderNamesItsField(string header, FieldKind kind) =>
        Assert.Equal([kind], HeaderCellMatcher.MatchFields(header));

    [Fact]
    public void QuestionnaireNumberNamesBothVisitAndRespondentId() =>
        Assert.Equal([FieldKind.VisitId, FieldKind.RespondentId], HeaderCellMatcher.MatchFields("问卷编号"));

    [Theory]
    [InlineData("visitid")]
    [InlineData("VISITID")]
    [InlineData("ＶｉｓｉｔＩｄ")]
    [InlineData(" 访问编号 ")]
    [InlineData("\u3000访问编号")]
    [InlineData("Visit Id")]
    [InlineData("访问 编号")]
    public void FieldHeadersMatchWhateverTheCaseWidthOrSpacing(string header) =>
        Assert.Equal([FieldKind.VisitId], HeaderCellMatcher.MatchFields(header));

    [Theory]
    [InlineData("")]
    [InlineData("手机号码")]
    [InlineData("访问编号（必填）")]
    [InlineData("Visit_Id")]
    [InlineData("城市名")]
    public void UnknownHeadersNameNoField(string header) =>
        Assert.Empty(HeaderCellMatcher.MatchFields(header));

    [Theory]
    [InlineData("A1", "A1")]
    [InlineData("A1 站姿规范", "A1")]
    [InlineData("A1.站姿规范", "A1")]
    [InlineData("A1、站姿规范", "A1")]
    [InlineData("A1-站姿", "A1")]
    [InlineData("A1_站姿", "A1")]
    [InlineData("A1:站姿", "A1")]
    [InlineData("A1：站姿", "A1")]
    [InlineData("A1站姿规范", "A1")]
    [InlineData("A1\u3400", "A1")]
    [InlineData(" A2 ", "A2")]
    [InlineData("a1", "A1")]
    [InlineData("Ａ１．站姿", "A1")]
    [InlineData("Ａ１", "A1")]
    [InlineData("ｖ１ 一票否决", "V1")]
    [InlineData("B1\t首句", "B1")]
    public void FullWidthAndLowerCaseCodesMatchTheirHalfWidthForm(string header, string code) =>
        Assert.Equal(code, HeaderCellMatcher.MatchCode(header, Checklist));

    [Theory]
    [InlineData("S1", "S1")]
    [InlineData("S1 营业环境", "S1")]
    [InlineData("S10", "S10")]
    [InlineData("S10 推荐意愿", "S10")]
    [InlineData("S10推荐意愿", "S10")]
    [InlineData("ｓ１０．推荐意愿", "S10")]
    public void S1NeverSwallowsS10(string header, string code)
    {
        Assert.Equal(code, HeaderCellMatcher.MatchCode(header, Survey));
        Assert.Equal(code, HeaderCellMatcher.MatchCode(header, Survey.Reverse()));
    }

    [Theory]
    [InlineData("A1(站姿)")]
    [InlineData("A1（站姿）")]
    [InlineData("A11")]
    [InlineData("A1a")]
    [InlineData("AA1")]
    [InlineData("站姿A1")]
    [InlineData("A3 仪容")]
    [InlineData("S11")]
    [InlineData("")]
    public void HeadersWithoutAKnownCodeAndAFollowerMatchNone(string header) =>
        Assert.Null(HeaderCellMatcher.MatchCode(header, [.. Checklist, .. Survey]));

    [Theory]
    [InlineData("A1", true)]
    [InlineData("Q12 满意吗", true)]
    [InlineData("TP3、等候", true)]
    [InlineData("ｘ９", true)]
    [InlineData("A1(站姿)", false)]
    [InlineData("VisitId", false)]
    [InlineData("访问编号", false)]
    [InlineData("123", false)]
    [InlineData("Phone13800000000", true)]
    [InlineData("", false)]
    public void CodeShapedHeadersAreRecognisedEvenWhenUnknown(string header, bool looksLikeCode) =>
        Assert.Equal(looksLikeCode, HeaderCellMatcher.LooksLikeCode(header));
}

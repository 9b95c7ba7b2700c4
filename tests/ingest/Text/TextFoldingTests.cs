using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Ａ１", "A1")]
    [InlineData("ａｂｃＸＹＺ", "abcXYZ")]
    [InlineData("０１２３４５６７８９", "0123456789")]
    [InlineData("（站姿）", "(站姿)")]
    [InlineData("Ａ１．站姿", "A1.站姿")]
    [InlineData("！～", "!~")]
    [InlineData("６分", "6分")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("\u3000 Ａ１ \u3000", "A1")]
    [InlineData("  访问编号  ", "访问编号")]
    public void FullWidthAsciiAndIdeographicSpaceFoldToHalfWidthAndTrim(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData("、")]
    [InlineData("【】")]
    [InlineData("。")]
    [InlineData("\uFF00")]
    [InlineData("\uFF5F")]
    public void CharactersOutsideTheFullWidthAsciiBlockAreKept(string text) =>
        Assert.Equal(text, TextFolding.Fold(text));

    [Theory]
    [InlineData("A1 站姿")]
    [InlineData("营业厅名称")]
    [InlineData("")]
    public void FoldReturnsTheSameInstanceWhenNothingChanges(string text) =>
        Assert.Same(text, TextFolding.Fold(text));

    [Theory]
    [InlineData("visitid", "VISITID")]
    [InlineData("Visit Id", "VISITID")]
    [InlineData("ＶｉｓｉｔＩｄ", "VISITID")]
    [InlineData(" 城关 营业厅\u3000一 ", "城关营业厅一")]
    [InlineData("a\tb\nc", "ABC")]
    [InlineData("ｓ１０", "S10")]
    [InlineData("  ", "")]
    public void KeyIsFoldedUpperCasedAndFreeOfWhitespace(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Key(text));

    [Theory]
    [InlineData("A1")]
    [InlineData("城关营业厅")]
    [InlineData("0250101")]
    public void KeyReturnsTheSameInstanceWhenTheTextIsAKeyAlready(string text) =>
        Assert.Same(text, TextFolding.Key(text));

    [Fact]
    public void KeyOfLongTextIsBuiltWithoutTheStackBuffer()
    {
        var text = string.Concat(Enumerable.Repeat("ａ ", 300));
        Assert.Equal(new string('A', 300), TextFolding.Key(text));
    }
}

using Satisfaction.Ingest.Reading;

namespace Satisfaction.Ingest.Tests.Reading;

public sealed class DelimiterDetectorTests
{
    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a;b;c\n1;2,5;3\n", ';')]
    [InlineData("no delimiter at all\nstill none\n", ',')]
    [InlineData("", ',')]
    public void TheDelimiterThatSplitsEveryLineAlikeWins(string sample, char expected) =>
        Assert.Equal(expected, DelimiterDetector.Detect(sample, wholeFile: true));

    [Fact]
    public void CommasInsideQuotesDoNotCount()
    {
        const string Sample = "编号\t备注\n1\t\"好,很好,非常好\"\n2\t\"差,一般\"\n";

        Assert.Equal('\t', DelimiterDetector.Detect(Sample, wholeFile: true));
    }

    [Fact]
    public void ATitleLineAboveTheTableDoesNotHideTheDelimiter()
    {
        const string Sample = "2026年7月暗访明细\n\n编号;厅;日期\n1;西单;2026-07-05\n2;东单;2026-07-06\n";

        Assert.Equal(';', DelimiterDetector.Detect(Sample, wholeFile: true));
    }

    [Fact]
    public void AQuotedLineBreakKeepsARecordWhole()
    {
        const string Sample = "a,b\n\"line one\nline two; with semicolon\",x\n1,2\n";

        Assert.Equal(',', DelimiterDetector.Detect(Sample, wholeFile: true));
    }

    [Fact]
    public void TheLastLineOfAPartialSampleIsIgnored()
    {
        const string Sample = "a;b\n1;2\n3;4\nx,y,z,w,v,u";

        Assert.Equal(';', DelimiterDetector.Detect(Sample, wholeFile: false));
    }
}

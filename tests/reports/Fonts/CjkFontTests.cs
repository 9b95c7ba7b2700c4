using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Reports.Tests.Fonts;

[Collection(SampleReportGroup.Name)]
public sealed class CjkFontTests(SampleReport sample)
{
    [Fact]
    public void TheChosenFontIsAnInstalledPreferredFamily()
    {
        var font = CjkFont.Resolve();
        Assert.Contains(font.Family, CjkFont.PreferredFamilies);
        Assert.True(CjkFont.IsInstalled(font.Family));
    }

    [Fact]
    public void TheChosenFontCoversEveryTextOfTheQuadrant()
    {
        var font = CjkFont.Resolve();
        Assert.All(sample.Quadrant.Texts(), text => Assert.Empty(font.MissingCharacters(text)));
        Assert.Contains("S4 服务态度", sample.Quadrant.Texts());
    }

    [Fact]
    public void TheChosenFontCoversEveryTextOfTheDistribution()
    {
        var font = CjkFont.Resolve();
        Assert.All(sample.Distribution.Texts(), text => Assert.True(font.Covers(text), text));
    }

    [Fact]
    public void ACharacterWithoutGlyphIsNamedWithHowToInstallAFont()
    {
        var font = CjkFont.Resolve();
        var error = Assert.Throws<CjkFontException>(() => font.EnsureCovers(["服务 \U00013000"]));
        Assert.Contains("U+13000", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoInstalledFamilyIsAClearError()
    {
        var error = Assert.Throws<CjkFontException>(() => CjkFont.Resolve(["No Such Font Family"]));
        Assert.Contains("No Such Font Family", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-wqy-microhei", error.Message, StringComparison.Ordinal);
    }
}

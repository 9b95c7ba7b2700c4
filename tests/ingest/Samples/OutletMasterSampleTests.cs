using System.Text;

namespace Satisfaction.Ingest.Tests.Samples;

public sealed class OutletMasterSampleTests
{
    [Fact]
    public void TheMasterCoversTheThirteenCitiesOfJiangsuWithFifteenToThirtyOutletsEach()
    {
        var byCity = SampleData.Outlets.GroupBy(o => o.City).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            new[] { "南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁" }.Order(),
            byCity.Keys.Order());
        Assert.All(byCity.Values, n => Assert.InRange(n, 15, 30));
        Assert.All(SampleData.Outlets, o => Assert.Equal("江苏", o.Province));
        Assert.All(SampleData.Outlets, o => Assert.Contains(o.Level, new[] { "旗舰店", "标准店", "社区店" }));
    }

    [Fact]
    public void CodesAreUniqueTextWithLeadingZerosAndACityPrefix()
    {
        var outlets = SampleData.Outlets;

        Assert.Equal(outlets.Count, outlets.Select(o => o.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(outlets, o => Assert.StartsWith("0", o.Code, StringComparison.Ordinal));
        Assert.Contains(outlets, o => o.Code == "0250101" && o.Name == "南京新街口旗舰店");
        Assert.All(outlets.Where(o => o.City == "苏州"), o => Assert.StartsWith("0512", o.Code, StringComparison.Ordinal));
        Assert.Equal(outlets.Count, outlets.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AboutAThirdOfTheOutletsHaveAliasesAndNoAliasIsShared()
    {
        var aliases = SampleData.Outlets.SelectMany(o => o.Aliases).ToList();
        var withAliases = SampleData.Outlets.Count(o => o.Aliases.Count > 0);

        Assert.InRange(withAliases, SampleData.Outlets.Count / 4, SampleData.Outlets.Count / 2);
        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("观前厅", aliases);
    }

    [Fact]
    public void TheMasterIsUtf8WithBom()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SampleData.Directory, "outlets.csv"));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
    }
}

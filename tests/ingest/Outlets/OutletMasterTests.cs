using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Ingest.Tests.Outlets;

public sealed class OutletMasterTests
{
    private static readonly Outlet Gulou = Make("001", "鼓楼营业厅", "南京", "鼓楼厅", "中山路营业厅");
    private static readonly Outlet Xinjiekou = Make("002", "新街口营业厅", "南京", "新街口旗舰店");
    private static readonly Outlet Jiangning = Make("007", "江宁营业厅", "南京");
    private static readonly Outlet ChengguanA = Make("HA01", "城关营业厅", "淮安");
    private static readonly Outlet ChengguanB = Make("YZ01", "城关营业厅", "扬州");
    private static readonly Outlet Center = Make("SZ01", "中心营业厅", "苏州", "市中心厅");
    private static readonly Outlet Plaza = Make("WX01", "广场营业厅", "无锡", "市中心厅");

    private static readonly OutletMaster Master = new([Gulou, Xinjiekou, Jiangning, ChengguanA, ChengguanB, Center, Plaza]);

    [Theory]
    [InlineData("001")]
    [InlineData(" 001 ")]
    [InlineData("００１")]
    public void CodesAreFoundTrimmedAndFolded(string code)
    {
        Assert.Same(Gulou, Master.FindByCode(code));
        Assert.Equal(new OutletMatch(Gulou, OutletMatchedBy.Code, []), Master.Match(code, null) with { Hints = [] });
    }

    [Theory]
    [InlineData("ha01")]
    [InlineData("ｈａ０１")]
    public void CodesAreCaseInsensitive(string code) => Assert.Same(ChengguanA, Master.FindByCode(code));

    [Theory]
    [InlineData("7")]
    [InlineData("1")]
    [InlineData("")]
    public void CodesAreTextSoSevenIsNotZeroZeroSeven(string code) => Assert.Null(Master.FindByCode(code));

    [Fact]
    public void TheCodeWinsOverTheName()
    {
        var match = Master.Match("002", "鼓楼营业厅");
        Assert.Same(Xinjiekou, match.Outlet);
        Assert.Equal(OutletMatchedBy.Code, match.By);
    }

    [Theory]
    [InlineData(null, "鼓楼营业厅")]
    [InlineData("", "鼓楼营业厅")]
    [InlineData(null, " 鼓楼 营业厅 ")]
    [InlineData(null, "鼓楼\u3000营业厅")]
    [InlineData("999", "鼓楼营业厅")]
    public void NamesMatchTrimmedFoldedAndWithoutSpaces(string? code, string name)
    {
        var match = Master.Match(code, name);
        Assert.Same(Gulou, match.Outlet);
        Assert.Equal(OutletMatchedBy.Name, match.By);
    }

    [Theory]
    [InlineData("鼓楼厅")]
    [InlineData("中山路营业厅")]
    [InlineData("中山路 营业厅")]
    public void AliasesMatchWhenNoNameDoes(string name)
    {
        var match = Master.Match(null, name);
        Assert.Same(Gulou, match.Outlet);
        Assert.Equal(OutletMatchedBy.Alias, match.By);
    }

    [Theory]
    [InlineData("城关营业厅")]
    [InlineData("市中心厅")]
    public void ANameOrAliasOfSeveralOutletsMatchesNoneAndListsThem(string name)
    {
        var match = Master.Match(null, name);
        Assert.False(match.Found);
        Assert.True(match.Ambiguous);
        Assert.Equal(OutletMatchedBy.None, match.By);
        Assert.Equal(2, match.Hints.Count);
    }

    [Fact]
    public void AmbiguousHintsNameTheCityAndCode() =>
        Assert.Equal(["城关营业厅 (淮安 HA01)", "城关营业厅 (扬州 YZ01)"], Master.Match(null, "城关营业厅").Hints);

    [Fact]
    public void AnUnknownNameGetsTheThreeClosestMasterNamesClosestFirst()
    {
        var match = Master.Match("999", "鼓楼营业所");
        Assert.False(match.Found);
        Assert.False(match.Ambiguous);
        Assert.Equal(OutletMatchedBy.None, match.By);
        Assert.Equal(3, match.Hints.Count);
        Assert.Equal("鼓楼营业厅", match.Hints[0]);
    }

    [Fact]
    public void HintsAtTheSameDistanceAreOrderedByName()
    {
        var master = new OutletMaster([Make("3", "丙厅", "X"), Make("1", "甲厅", "X"), Make("2", "乙厅", "X"), Make("4", "丁厅", "X")]);
        Assert.Equal(["丁厅", "丙厅", "乙厅"], master.Match(null, "戊厅").Hints);
    }

    [Fact]
    public void ADuplicateNameCountsOnceAmongTheHints() =>
        Assert.Single(Master.Match(null, "城关营业部").Hints, h => h == "城关营业厅");

    [Theory]
    [InlineData(null, null)]
    [InlineData("999", null)]
    [InlineData(null, "  ")]
    public void NoNameMeansNoMatchAndNoHints(string? code, string? name)
    {
        var match = Master.Match(code, name);
        Assert.False(match.Found);
        Assert.Empty(match.Hints);
    }

    [Fact]
    public void ADuplicateCodeInTheMasterIsRejectedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => new OutletMaster([Gulou, Make(" ００１", "别的厅", "南京")]));
        Assert.Contains("００１", error.Message, StringComparison.Ordinal);
    }

    private static Outlet Make(string code, string name, string city, params string[] aliases) =>
        new("江苏", city, code, name, aliases, null);
}

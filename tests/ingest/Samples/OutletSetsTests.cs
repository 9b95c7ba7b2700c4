using Satisfaction.Ingest.Outlets;
using Satisfaction.Samples;

namespace Satisfaction.Ingest.Tests.Samples;

public sealed class OutletSetsTests
{
    private static readonly IReadOnlyList<Outlet> Master = SampleData.Outlets;

    [Fact]
    public void ASubsetKeepsEveryCity()
    {
        var taken = OutletSets.Take(Master, 26);

        Assert.Equal(26, taken.Count);
        Assert.Equal(13, taken.Select(o => o.City).Distinct().Count());
        Assert.All(taken, o => Assert.Contains(o, Master));
    }

    [Fact]
    public void BeyondTheMasterSyntheticOutletsJoinItWithUniqueCodesAndTheirMasterLoads()
    {
        var taken = OutletSets.Take(Master, 1300);
        var path = Path.Combine(Path.GetTempPath(), $"outlets-{Guid.NewGuid():N}.csv");
        try
        {
            OutletSets.WriteMaster(path, taken);
            var loaded = OutletMasterLoader.Load(path);

            Assert.Equal(1300, loaded.Outlets.Count);
            Assert.Equal(1300, taken.Select(o => o.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(Master.Select(o => o.City).Distinct().Order(), loaded.Outlets.Select(o => o.City).Distinct().Order());
            Assert.Equal("0250101", loaded.FindByCode("0250101")?.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

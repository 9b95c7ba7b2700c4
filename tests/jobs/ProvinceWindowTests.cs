using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Tests;

// A province-period read as a slice of the store (its outlets, the periods its workbooks show) gives the same
// report models as the whole store loaded at once, in a store of several provinces and periods.
public sealed class ProvinceWindowTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-window", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void ASliceWritesWhatTheWholeStoreWrites()
    {
        var inbox = Path.Combine(_folder, "inbox");
        var generated = ChildProcess.Run(null, "generate", "--out", inbox, "--outlet-count", "39", "--provinces", "2", "--periods", "2025Q4,2026Q1,2026Q2,2026Q3,2026Q4",
            "--visits-per-outlet", "2", "--responses-per-outlet", "8", "--split", "ByPeriod");
        Assert.True(generated.ExitCode == 0, generated.Error);
        var master = inbox + "-outlets.csv";
        var loaded = ChildProcess.Run(null, "run", "--inbox", inbox, "--data", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "out"), "--outlets", master, "--stable-seconds", "0");
        Assert.True(loaded.ExitCode == 0, loaded.Error);
        var inputs = ProductInputs.Load(null, master, TextWriter.Null)!;
        using var store = SqliteIngestStore.InDataFolder(Path.Combine(_folder, "data"));

        var whole = new ScoredPeriods(AnalysisDataLoader.Load(store, inputs.Scheme, inputs.Outlets));
        var all = new ReportBuilder(whole, inputs.SchemePath);
        var scopes = StoredScopes.Read(store, inputs.Outlets, inputs.Scheme.Period);

        Assert.Equal(whole.Periods, scopes.Periods);
        var compared = 0;
        foreach (var province in scopes.Periods.SelectMany(scopes.Provinces).Distinct())
        {
            var window = new ProvinceWindow(inputs, scopes, province);
            foreach (var period in scopes.Periods)
            {
                var sliced = new ReportBuilder(window.At(store, period), inputs.SchemePath);
                var (expected, actual) = (all.Province(period, province), sliced.Province(period, province));
                Assert.Equivalent(expected.Summary, actual.Summary, strict: true);
                Assert.Equivalent(expected.CityRanking, actual.CityRanking, strict: true);
                Assert.Equivalent(expected.OutletRanking, actual.OutletRanking, strict: true);
                Assert.Equivalent(expected.SatisfactionByCity, actual.SatisfactionByCity, strict: true);
                Assert.Equivalent(expected.Trend, actual.Trend, strict: true);
                Assert.Equivalent(expected.Drivers.Rows, actual.Drivers.Rows, strict: true);
                Assert.Equal(whole[period].CitiesOf(province).Order(), scopes.Cities(period, province));
                foreach (var city in scopes.Cities(period, province))
                {
                    var (expectedCity, actualCity) = (all.City(period, province, city), sliced.City(period, province, city));
                    Assert.Equivalent(expectedCity.Summary, actualCity.Summary, strict: true);
                    Assert.Equivalent(expectedCity.OutletRanking, actualCity.OutletRanking, strict: true);
                    Assert.Equivalent(expectedCity.Trend, actualCity.Trend, strict: true);
                    compared++;
                }
            }
        }

        Assert.Equal(2 * 5 * 13, compared);

        // Going back (the host's jobs need not come in order): a period held only for the trend or as the previous
        // one is loaded again in full when asked for, and its previous period's respondents come back too.
        foreach (var province in scopes.Periods.SelectMany(scopes.Provinces).Distinct())
        {
            var window = new ProvinceWindow(inputs, scopes, province);
            foreach (var period in scopes.Periods.Reverse())
            {
                var sliced = new ReportBuilder(window.At(store, period), inputs.SchemePath);
                var (expected, actual) = (all.Province(period, province), sliced.Province(period, province));
                Assert.Equivalent(expected.Summary, actual.Summary, strict: true);
                Assert.Equivalent(expected.SatisfactionByCity, actual.SatisfactionByCity, strict: true);
                Assert.Equivalent(expected.Drivers.Rows, actual.Drivers.Rows, strict: true);
                Assert.Equivalent(expected.Trend, actual.Trend, strict: true);
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Satisfaction.Analysis.Mystery;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Analysis.Survey;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Benchmarks;

// Issue 3: scoring and aggregating N responses and M visits once loaded (every visit, outlet, city and
// province score, rankings, item loss, satisfaction by city and outlet), then the province's key drivers.
internal static class ScoringBenchmark
{
    public static int Run(int responses, int visits)
    {
        var scheme = SchemeLoader.Load(DefaultFiles.Resolve(null, "scheme.json"));
        var data = SyntheticProvince.Build(scheme, outletsPerCity: 100, visits, responses);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {responses:N0} responses and {visits:N0} visits in memory"));
        for (var run = 1; run <= 3; run++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var periods = new ScoredPeriods(data);
            var period = Period.Parse("2026Q3");
            var current = periods[period];
            var previous = periods[period.Previous()];
            var satisfaction = new SatisfactionAggregator(scheme).Aggregate("江苏", current.Respondents, previous.Respondents);
            var cities = CityRankings.Build(current.Mystery, previous.Mystery, "江苏");
            var outlets = OutletRankings.ForProvince(current.Mystery, previous.Mystery, "江苏");
            var items = ItemLosses.Build(current.Mystery, "江苏");
            var scoring = clock.Elapsed;
            var builder = new ReportBuilder(periods, "scheme.json");
            clock.Restart();
            var drivers = builder.Province(period, "江苏").Drivers;
            var province = clock.Elapsed;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"run {run}: scoring and aggregating {scoring.TotalSeconds:F2} s ({cities.Count} cities, {outlets.Count} outlets, {items.Count} items, index {satisfaction.Province.Index?.Mean:F1}); province report model incl. key drivers {province.TotalSeconds:F2} s (R² {drivers.RSquared:F2})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS {PeakMemory.PeakRssMiB():F0} MiB"));
        return 0;
    }
}

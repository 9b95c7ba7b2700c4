using System.Diagnostics;
using System.Globalization;
using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Reporting;
using Satisfaction.Jobs.Settings;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;

namespace Satisfaction.Benchmarks;

// Where a report pass's time goes, on a store a `run` filled: reading where the rows fall, loading and scoring
// each province-period's slice, building the report models (drivers included), writing the workbooks. One
// thread, so each phase's time is its CPU cost; the product writes a province-period's workbooks in parallel.
internal static class ReportPassBenchmark
{
    public static int Run(string dataFolder, string outletsPath, bool write = true)
    {
        var inputs = ProductInputs.Load(DefaultFiles.Resolve(null, "scheme.json"), outletsPath, Console.Error) ?? throw new InvalidOperationException("inputs");
        var folder = Directory.CreateTempSubdirectory("satisfaction-pass-bench").FullName;
        try
        {
            using var store = SqliteIngestStore.InDataFolder(dataFolder);
            var font = CjkFont.Resolve();
            TimeSpan scopesTime, load = TimeSpan.Zero, models = TimeSpan.Zero, writing = TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            var scopes = StoredScopes.Read(store, inputs.Outlets, inputs.Scheme.Period);
            scopesTime = clock.Elapsed;
            var books = 0;
            foreach (var province in scopes.Periods.SelectMany(scopes.Provinces).Distinct().Order(StringComparer.Ordinal))
            {
                var window = new ProvinceWindow(inputs, scopes, province);
                foreach (var period in scopes.Periods.Where(p => scopes.Provinces(p).Contains(province)))
                {
                    var t = Stopwatch.StartNew();
                    var scored = window.At(store, period);
                    load += t.Elapsed;
                    var builder = new ReportBuilder(scored, inputs.SchemePath);
                    t.Restart();
                    var report = builder.Province(period, province);
                    models += t.Elapsed;
                    t.Restart();
                    if (write)
                    {
                        ProvinceReportWriter.Write(report, folder, font);
                    }

                    writing += t.Elapsed;
                    books++;
                    foreach (var city in scored[period].CitiesOf(province).Order(StringComparer.Ordinal))
                    {
                        t.Restart();
                        var cityReport = builder.City(period, province, city);
                        models += t.Elapsed;
                        t.Restart();
                        if (write)
                        {
                            CityReportWriter.Write(cityReport, folder, font);
                        }

                        writing += t.Elapsed;
                        books++;
                    }
                }
            }

            // The slices' parts, over the whole store at once: reading the rows (SQLite and the packed answers),
            // placing and checking them (AnalysisDataLoader), scoring them (ScoredPeriods.Score).
            var part = Stopwatch.StartNew();
            var rows = store.Current(Ingest.Headers.FileKind.Survey).Count() + store.Current(Ingest.Headers.FileKind.MysteryShop).Count();
            var read = part.Elapsed;
            part.Restart();
            var data = AnalysisDataLoader.Load(store, inputs.Scheme, inputs.Outlets);
            var placed = part.Elapsed;
            part.Restart();
            var scoredAll = ScoredPeriods.Score(data).Count();
            var scoring = part.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"whole store: {rows:N0} rows read {read.TotalSeconds:F2} s, read, placed and checked {placed.TotalSeconds:F2} s, {scoredAll} periods scored {scoring.TotalSeconds:F2} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{books} workbooks in {clock.Elapsed.TotalSeconds:F2} s: scopes {scopesTime.TotalSeconds:F2} s, slices loaded and scored {load.TotalSeconds:F2} s, models {models.TotalSeconds:F2} s, writing {writing.TotalSeconds:F2} s; peak RSS {PeakMemory.PeakRssMiB():F0} MiB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Jobs.Settings;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;

namespace Satisfaction.Benchmarks;

// Issue 4: the province workbook and its 13 city workbooks for one province-scale period
// (1,300 outlets, 5,000 visits, 40,000 responses): scoring, report models, drivers, cells, native
// charts and pictures, each workbook written and renamed into place. Fresh process: peak RSS is its own.
// Issue 11 (`reports-peer`): the peer's workload, 4 quarters of 1,300 outlets, 20,800 visits and 208,000
// responses, 56 workbooks; the report models are built first (not timed with the writing), then the
// writers are timed alone: one province and one city workbook, all 56 one after another, all 56 in parallel.
internal static class ReportsBenchmark
{
    public static int Run(int outletsPerCity, int visits, int responses)
    {
        var scheme = SchemeLoader.Load(DefaultFiles.Resolve(null, "scheme.json"));
        var data = SyntheticProvince.Build(scheme, outletsPerCity, visits, responses);
        var font = CjkFont.Resolve();
        var folder = Directory.CreateTempSubdirectory("satisfaction-reports-bench").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var periods = new ScoredPeriods(data);
            var builder = new ReportBuilder(periods, "scheme.json");
            var period = Period.Parse("2026Q3");
            var written = new List<string> { ProvinceReportWriter.Write(builder.Province(period, "江苏"), folder, font).Path };
            foreach (var city in periods[period].CitiesOf("江苏").Order(StringComparer.Ordinal))
            {
                written.Add(CityReportWriter.Write(builder.City(period, "江苏", city), folder, font).Path);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var bytes = written.Sum(p => new FileInfo(p).Length);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{written.Count} workbooks ({outletsPerCity * 13:N0} outlets, {visits:N0} visits, {responses:N0} responses) in {seconds:F2} s, {bytes / 1048576.0:F1} MiB; peak RSS {PeakMemory.PeakRssMiB():F0} MiB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static int RunPeer(int quarters, int outletsPerCity, int visits, int responses)
    {
        var scheme = SchemeLoader.Load(DefaultFiles.Resolve(null, "scheme.json"));
        var data = SyntheticProvince.Build(scheme, outletsPerCity, visits, responses, quarters: quarters);
        var font = CjkFont.Resolve();
        var folder = Directory.CreateTempSubdirectory("satisfaction-reports-peer").FullName;
        try
        {
            var models = Stopwatch.StartNew();
            var periods = new ScoredPeriods(data);
            var builder = new ReportBuilder(periods, "scheme.json");
            var reports = new List<Func<string, WrittenWorkbook>>();
            foreach (var period in periods.Periods)
            {
                var province = builder.Province(period, "江苏");
                reports.Add(target => ProvinceReportWriter.Write(province, target, font));
                foreach (var city in periods[period].CitiesOf("江苏").Order(StringComparer.Ordinal))
                {
                    var report = builder.City(period, "江苏", city);
                    reports.Add(target => CityReportWriter.Write(report, target, font));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reports.Count} report models (scoring, drivers) built: {models.Elapsed.TotalSeconds:F2} s"));

            // Warm-up (JIT, fonts) on a throw-away folder, so the timings below are the writers' own.
            reports[0](Path.Combine(folder, "warm"));
            Measure("one province workbook", () => reports[^14](Path.Combine(folder, "one")), null);
            Measure("one city workbook", () => reports[^1](Path.Combine(folder, "one")), null);
            // Three rounds: on a shared machine the lowest CPU time of the three is the writers' own.
            for (var round = 1; round <= 3; round++)
            {
                var sequential = Path.Combine(folder, $"sequential{round}");
                Measure($"{reports.Count} workbooks one after another (round {round})", () => reports.ForEach(r => r(sequential)), sequential);
            }

            var parallel = Path.Combine(folder, "parallel");
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Measure($"{reports.Count} workbooks in parallel ({Environment.ProcessorCount} cores)", () => Parallel.ForEach(reports, options, r => r(parallel)), parallel);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS {PeakMemory.PeakRssMiB():F0} MiB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Wall time and the process's CPU time: on a shared machine the CPU time is the steadier figure.
    private static void Measure(string what, Action action, string? folder)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var elapsed = PeakMemory.Time(action);
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        var size = folder is null ? string.Empty : string.Create(
            CultureInfo.InvariantCulture,
            $", {Directory.GetFiles(folder, "*.xlsx", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0:F1} MiB of xlsx");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU, {allocated / 1048576.0:F0} MiB allocated{size}"));
    }
}

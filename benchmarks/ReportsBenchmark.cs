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
}

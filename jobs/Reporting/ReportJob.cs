using System.Diagnostics;
using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// Scores the stored answers with the scheme in force (no vendor file is read again) and writes the
/// province and city workbooks asked for. Safe to run twice: the same inputs write the same workbooks,
/// each renamed into place.
/// </summary>
public static class ReportJob
{
    public static ReportOutcome Run(IIngestStore store, ProductInputs inputs, ReportRequest request, Action<WrittenScope>? written = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var data = AnalysisDataLoader.Load(store, inputs.Scheme, inputs.Outlets);
        var periods = new ScoredPeriods(data);
        var builder = new ReportBuilder(periods, inputs.SchemePath);
        var font = CjkFont.Resolve();
        var results = new List<WrittenScope>();
        var wanted = Wanted(request, data, store);
        foreach (var period in periods.Periods.Where(p => wanted is null || wanted.Contains(p)))
        {
            foreach (var province in periods[period].Provinces.Where(p => request.Province is null || p == request.Province).Order(StringComparer.Ordinal))
            {
                if (request.City is null)
                {
                    var report = builder.Province(period, province);
                    var path = ProvinceReportWriter.Write(report, request.OutFolder, font).Path;
                    Add(results, written, new WrittenScope(report.Period, province, null, path, report.Summary));
                }

                foreach (var city in periods[period].CitiesOf(province).Where(c => request.City is null || c == request.City).Order(StringComparer.Ordinal))
                {
                    var report = builder.City(period, province, city);
                    var path = CityReportWriter.Write(report, request.OutFolder, font).Path;
                    Add(results, written, new WrittenScope(report.Period, province, city, path, report.Summary));
                }
            }
        }

        var removed = request.City is null
            ? StaleWorkbooks.Remove(request.OutFolder, wanted ?? StaleWorkbooks.PeriodsIn(request.OutFolder, data.Scheme.Period), request.Province, results.Select(r => Path.GetFullPath(r.Path)).ToHashSet())
            : [];
        return new ReportOutcome(results, clock.Elapsed) { Removed = removed, Disallowed = Disallowed(data, wanted, request) };
    }

    // The answers left out of the workbooks asked for, for the printed summary.
    private static List<DisallowedAnswer> Disallowed(AnalysisData data, HashSet<Period>? wanted, ReportRequest request) =>
        [.. data.Disallowed.Where(d => (wanted is null || wanted.Contains(Period.Of(d.Date, data.Scheme.Period)))
            && (request.Province is null || d.Outlet.Province == request.Province)
            && (request.City is null || d.Outlet.City == request.City))];

    // The periods a pass must rewrite: those of the changed files' rows, from the rows already loaded for
    // scoring (no second read of the store), and those of the rows they replaced (a resubmission that
    // moves a visit to another period takes it out of its old one).
    internal static HashSet<Period>? Wanted(ReportRequest request, AnalysisData data, IIngestStore store)
    {
        if (request.ChangedFiles is not { } changed)
        {
            return request.Periods?.ToHashSet();
        }

        var files = changed.ToHashSet();
        var kind = data.Scheme.Period;
        var touched = data.Visits.Where(v => files.Contains(v.FileId)).Select(v => Period.Of(v.Date, kind))
            .Concat(data.Responses.Where(r => files.Contains(r.FileId)).Select(r => Period.Of(r.Date, kind)))
            .Concat(store.DatesReplacedBy(changed).Select(d => Period.Of(d, kind)))
            .ToHashSet();
        var wanted = new HashSet<Period>(touched);
        foreach (var period in touched)
        {
            var next = period;
            for (var i = 1; i < ReportBuilder.TrendPeriods; i++)
            {
                next = next.Next();
                wanted.Add(next);
            }
        }

        return wanted;
    }

    private static void Add(List<WrittenScope> results, Action<WrittenScope>? written, WrittenScope scope)
    {
        results.Add(scope);
        written?.Invoke(scope);
    }
}

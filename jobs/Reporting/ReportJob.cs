using System.Diagnostics;
using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;
using Satisfaction.Reports.Fonts;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// Scores the stored answers with the scheme in force (no vendor file is read again) and writes the
/// province and city workbooks asked for. The store is read one province at a time, period after period,
/// each period's workbooks loading only the province's rows of the periods they show (<see cref="ProvinceWindow"/>),
/// and the workbooks of a province-period are written in parallel, up to the cores, while the next province-period
/// is loaded and scored (<see cref="ReadAhead"/>). Safe to run twice: the same
/// inputs write the same workbooks, each renamed into place.
/// </summary>
public static class ReportJob
{
    public static ReportOutcome Run(IIngestStore store, ProductInputs inputs, ReportRequest request, Action<WrittenScope>? written = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var scopes = StoredScopes.Read(store, inputs.Outlets, inputs.Scheme.Period);
        var wanted = Wanted(request, scopes, inputs, store);
        var periods = scopes.Periods.Where(p => wanted is null || wanted.Periods.Contains(p)).ToList();
        var font = CjkFont.Resolve();
        var results = new List<WrittenScope>();
        var disallowed = new List<DisallowedAnswer>();
        var provinces = periods.SelectMany(scopes.Provinces).Distinct().Where(p => request.Province is null || p == request.Province).Order(StringComparer.Ordinal);
        var steps = provinces.SelectMany(province => periods.Where(p => scopes.Provinces(p).Contains(province, StringComparer.Ordinal) && (wanted is null || wanted.Includes(p, province))).Select(period => (Province: province, Period: period))).ToList();

        // The next province-period is loaded and scored while this one's workbooks are written. One window at a time:
        // a province's is let go when the next province's first period is prepared (steps are prepared one after another).
        ProvinceWindow? window = null;
        foreach (var (province, period, scored, leftOut) in ReadAhead.Of(steps, step =>
        {
            window = window?.Province == step.Province ? window : new ProvinceWindow(inputs, scopes, step.Province);
            return (step.Province, step.Period, window.At(store, step.Period), window.DisallowedIn(step.Period));
        }))
        {
            disallowed.AddRange(leftOut.Where(d => request.City is null || d.Outlet.City == request.City));
            var current = scored[period];
            if (!current.Provinces.Contains(province, StringComparer.Ordinal))
            {
                continue; // every row of the province-period left out (answers the scheme no longer allows)
            }

            var cities = current.CitiesOf(province).Where(c => request.City is null || c == request.City).Order(StringComparer.Ordinal);
            List<string?> workbooks = request.City is null ? [null, .. cities] : [.. cities];
            results.AddRange(ParallelWorkbooks.Write(new ReportBuilder(scored, inputs.SchemePath), period, province, workbooks, request.OutFolder, font, written));
            PassMemory.Release();
        }

        results.Sort(InReportOrder);
        var removed = request.City is null
            ? StaleWorkbooks.Remove(request.OutFolder, wanted, inputs.Scheme.Period, request.Province, results.Select(r => Path.GetFullPath(r.Path)).ToHashSet())
            : [];
        return new ReportOutcome(results, clock.Elapsed) { Removed = removed, Disallowed = disallowed };
    }

    // What a pass must rewrite: the province-periods of the changed files' rows (from the scopes, read without
    // answers) and of the rows they replaced (a resubmission that moves a visit to another period or outlet takes it
    // out of its old workbook), and the later periods of the same province whose previous period and trend they feed.
    internal static Rewrite? Wanted(ReportRequest request, StoredScopes scopes, ProductInputs inputs, IIngestStore store)
    {
        if (request.ChangedFiles is not { } changed)
        {
            return request.Periods is { } periods ? Rewrite.Whole(periods) : null;
        }

        var kind = inputs.Scheme.Period;
        var replaced = store.PlacesReplacedBy(changed)
            .Select(p => (Period: Period.Of(p.Date, kind), inputs.Outlets.FindByCode(p.OutletCode)?.Province))
            .Where(p => p.Province is not null)
            .Select(p => (p.Period, p.Province!));
        var wanted = new Rewrite();
        foreach (var (period, province) in scopes.ProvincePeriodsOf(changed).Concat(replaced))
        {
            var next = period;
            for (var i = 0; i < ReportBuilder.TrendPeriods; i++)
            {
                wanted.Add(next, province);
                next = next.Next();
            }
        }

        return wanted;
    }

    // Period, then province, then the province's workbook before its cities': the order the summary prints.
    private static int InReportOrder(WrittenScope a, WrittenScope b)
    {
        var byPeriod = Period.Parse(a.Period).CompareTo(Period.Parse(b.Period));
        if (byPeriod != 0)
        {
            return byPeriod;
        }

        var byProvince = string.CompareOrdinal(a.Province, b.Province);
        return byProvince != 0 ? byProvince
            : (a.City, b.City) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                _ => string.CompareOrdinal(a.City, b.City),
            };
    }
}

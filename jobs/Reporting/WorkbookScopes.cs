using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// The workbooks a request asks for, one per province and per city with data in the periods wanted —
/// the same choice <see cref="ReportJob"/> makes, listed instead of written, so that each can be its own job.
/// </summary>
public static class WorkbookScopes
{
    public static IReadOnlyList<WorkbookScope> Of(ScoredPeriods periods, ReportRequest request, IIngestStore store)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(request);
        var wanted = ReportJob.Wanted(request, periods.Data, store);
        var scopes = new List<WorkbookScope>();
        foreach (var period in periods.Periods.Where(p => wanted is null || wanted.Contains(p)))
        {
            var text = period.ToString();
            foreach (var province in periods[period].Provinces.Where(p => request.Province is null || p == request.Province).Order(StringComparer.Ordinal))
            {
                if (request.City is null)
                {
                    scopes.Add(new WorkbookScope(text, province, null));
                }

                scopes.AddRange(periods[period].CitiesOf(province).Where(c => request.City is null || c == request.City)
                    .Order(StringComparer.Ordinal).Select(city => new WorkbookScope(text, province, city)));
            }
        }

        return scopes;
    }

    /// <summary>The periods a request rewrites in full (all workbooks of each), for removing workbooks left without data.</summary>
    public static IReadOnlyList<Analysis.Periods.Period> PeriodsRewritten(ScoredPeriods periods, ReportRequest request, IIngestStore store)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(request);
        return ReportJob.Wanted(request, periods.Data, store) is { } wanted
            ? [.. wanted]
            : [.. StaleWorkbooks.PeriodsIn(request.OutFolder, periods.Data.Scheme.Period)];
    }
}

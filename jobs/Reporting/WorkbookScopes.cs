using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// The workbooks a request asks for, one per province and per city with stored rows in the periods wanted —
/// the same choice <see cref="ReportJob"/> makes, listed instead of written, so that each can be its own job.
/// </summary>
public static class WorkbookScopes
{
    public static IReadOnlyList<WorkbookScope> Of(StoredScopes stored, ReportRequest request, IIngestStore store, PeriodKind kind)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(request);
        var wanted = ReportJob.Wanted(request, stored, kind, store);
        var scopes = new List<WorkbookScope>();
        foreach (var period in stored.Periods.Where(p => wanted is null || wanted.Contains(p)))
        {
            var text = period.ToString();
            foreach (var province in stored.Provinces(period).Where(p => request.Province is null || p == request.Province))
            {
                if (request.City is null)
                {
                    scopes.Add(new WorkbookScope(text, province, null));
                }

                scopes.AddRange(stored.Cities(period, province).Where(c => request.City is null || c == request.City)
                    .Select(city => new WorkbookScope(text, province, city)));
            }
        }

        return scopes;
    }

    /// <summary>The periods a request rewrites in full (all workbooks of each), for removing workbooks left without data.</summary>
    public static IReadOnlyList<Analysis.Periods.Period> PeriodsRewritten(StoredScopes stored, ReportRequest request, IIngestStore store, PeriodKind kind)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(request);
        return ReportJob.Wanted(request, stored, kind, store) is { } wanted
            ? [.. wanted]
            : [.. StaleWorkbooks.PeriodsIn(request.OutFolder, kind)];
    }
}

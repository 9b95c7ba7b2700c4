using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// The workbooks a request asks for, one per province and per city with stored rows in the periods wanted —
/// the same choice <see cref="ReportJob"/> makes, listed instead of written, so that each can be its own job.
/// </summary>
public static class WorkbookScopes
{
    public static IReadOnlyList<WorkbookScope> Of(StoredScopes stored, ReportRequest request, IIngestStore store, ProductInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(inputs);
        var wanted = ReportJob.Wanted(request, stored, inputs, store);
        var scopes = new List<WorkbookScope>();
        foreach (var period in stored.Periods.Where(p => wanted is null || wanted.Periods.Contains(p)))
        {
            var text = period.ToString();
            foreach (var province in stored.Provinces(period).Where(p => (request.Province is null || p == request.Province) && (wanted is null || wanted.Includes(period, p))))
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

    /// <summary>The province-periods a request rewrites in full (all workbooks of each), for removing workbooks left without data.</summary>
    public static Rewrite Rewritten(StoredScopes stored, ReportRequest request, IIngestStore store, ProductInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(inputs);
        return ReportJob.Wanted(request, stored, inputs, store) ?? Rewrite.Whole(StaleWorkbooks.PeriodsIn(request.OutFolder, inputs.Scheme.Period));
    }
}

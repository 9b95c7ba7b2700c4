using Satisfaction.Analysis.Input;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// The workbooks a request asks for, one per province and per city with stored rows in the periods wanted —
/// the same choice <see cref="ReportJob"/> makes, listed instead of written, so that each can be its own job.
/// </summary>
public static class WorkbookScopes
{
    /// <param name="wanted">What the request rewrites (<see cref="ReportJob.Wanted"/>); null: every period.</param>
    public static IReadOnlyList<WorkbookScope> Of(StoredScopes stored, ReportRequest request, Rewrite? wanted)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(request);
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
}

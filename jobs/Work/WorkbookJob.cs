using Microsoft.Extensions.Logging;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// Writes one workbook of a rebuild — one province's or one city's, of one period. Safe to run twice (the
/// same data writes the same workbook, renamed into place). A job stopped with the host before the rename
/// leaves the previous workbook in place and runs again on the next start; a locked file or a busy
/// database is retried with growing delays, and a job that fails for good shows why in the dashboard.
/// </summary>
public sealed class WorkbookJob(WorkContext context, RebuildJob rebuild, DeliveryScheduler deliveries, ILogger<WorkbookJob> log)
{
    public void Write(string rebuildId, string period, string province, string? city, CancellationToken cancellation)
    {
        var scope = new WorkbookScope(period, province, city);
        using var logScope = log.BeginScope(new Dictionary<string, object?> { ["Job"] = "workbook", ["Rebuild"] = rebuildId, ["Scope"] = scope.Key });
        var inputs = context.Inputs.Current();
        using var store = context.Store.Open();
        var scored = context.Cache.Get(store, inputs, scope.Province, Analysis.Periods.Period.Parse(scope.Period));
        string? written = null;
        if (SingleWorkbook.HasData(scored.Periods, scope))
        {
            var result = SingleWorkbook.Write(scored.Builder, scope, context.Folders.Out, context.Font, () =>
            {
                TestHold.Wait(cancellation);

                // The last point where stopping is free: after the rename the workbook is in place, and the job must finish.
                cancellation.ThrowIfCancellationRequested();
            });
            written = Path.GetRelativePath(context.Folders.Out, result.Path);
            JobLog.WorkbookWritten(log, written);
            deliveries.Schedule(result);
        }
        else
        {
            JobLog.NoData(log, scope.Key);
        }

        if (context.Rebuilds.Written(rebuildId, scope, written) is { } settled)
        {
            rebuild.Settle(store, settled.Files, settled.SavesState, inputs);
        }
    }
}

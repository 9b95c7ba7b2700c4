using Hangfire;
using Microsoft.Extensions.Logging;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// One pass over the inbox, as <c>satisfaction run</c> takes it (stable files only, in arrival order), then
/// one plan for the workbooks the new files owe. One scan at a time across every worker of every host: a
/// second waits for the first in an <see cref="ExclusiveSection"/>, however long the first takes.
/// </summary>
public sealed class InboxScanJob(WorkContext context, RebuildPlanner planner, ILogger<InboxScanJob> log)
{
    public const string Section = "satisfaction-scan";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(30);

    [Queue("ingest")]
    public async Task Scan(CancellationToken cancellation)
    {
        await using var turn = await ExclusiveSection.EnterAsync(context.Store.Store, Section, Patience, cancellation).ConfigureAwait(false);
        using var scope = log.BeginScope(new Dictionary<string, object?> { ["Job"] = "scan", ["Scope"] = context.Folders.Inbox });
        var inputs = context.Inputs.Current();
        using var store = context.Store.Open();
        var options = new IngestOptions
        {
            Inbox = context.Folders.Inbox,
            DataFolder = context.Folders.Data,
            StableFor = context.Folders.StableFor,
            Checkpoint = FaultInjection.FromEnvironment(),
        };
        var runner = new IngestRunner(store, inputs.Scheme, inputs.Outlets, options, context.Time);
        runner.FileDone += (_, entry) =>
        {
            using var file = log.BeginScope(new Dictionary<string, object?> { ["File"] = entry.Name, ["LedgerId"] = entry.Id });
            JobLog.FileDone(log, entry.Outcome.Stored(), entry.RowsLoaded, entry.RowsRejected, entry.Reasons.Count > 0 ? entry.Reasons[0] : string.Empty);
        };
        var summary = await runner.RunOnceAsync(cancellation).ConfigureAwait(false);
        foreach (var file in summary.StillChanging)
        {
            JobLog.StillChanging(log, file.Name);
        }

        var owed = store.FilesOwingReports().Except(context.Rebuilds.Claimed()).Any();
        var changed = ReportState.Load(context.Folders.Data) != ReportState.Current(inputs.SchemePath, inputs.OutletsPath, context.Folders.Out);
        if (owed || (changed && !planner.EverythingUnderWay()))
        {
            var rebuild = planner.QueueOwed();
            JobLog.RebuildQueued(log, summary.Files.Count, rebuild);
        }
        else if (summary.Files.Count > 0)
        {
            JobLog.NothingOwed(log, summary.Files.Count);
        }
    }
}

using Hangfire;
using Microsoft.Extensions.Logging;
using Satisfaction.Analysis.Periods;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Reporting;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// Plans a rebuild: lists the workbooks it writes, records them (before any can finish), and queues one
/// <see cref="WorkbookJob"/> per workbook so that every worker shares them. Safe to run twice: a second
/// plan of the same rebuild queues the same workbooks, each of which writes the same file.
/// </summary>
public sealed class RebuildJob(WorkContext context, RebuildPlanner planner, ILogger<RebuildJob> log)
{
    /// <summary>The nightly rebuild of every period (recurring job).</summary>
    public void Nightly(CancellationToken cancellation)
    {
        var id = Rebuilds.NewId();
        context.Rebuilds.Create(id, RebuildPlanner.Everything, "每晚全部重建 / the nightly rebuild of every period", string.Empty);
        Plan(id, RebuildPlanner.Everything, null, null, null, cancellation);
    }

    [Queue("ingest")]
    public void Plan(string rebuildId, string kind, string? period, string? province, string? city, CancellationToken cancellation)
    {
        using var scope = log.BeginScope(new Dictionary<string, object?> { ["Job"] = "plan", ["Rebuild"] = rebuildId, ["Scope"] = RebuildPlanner.Describe(period ?? "*", province, city) });
        var inputs = context.Inputs.Current();
        using var store = context.Store.Open();
        var outFolder = context.Folders.Out;
        var state = ReportState.Current(inputs.SchemePath, inputs.OutletsPath, outFolder);
        IReadOnlyCollection<long> files = [];
        var savesState = false;
        IDisposable? owedLock = null;
        ReportRequest request;
        switch (kind)
        {
            case RebuildPlanner.Rerun:
                request = new ReportRequest(outFolder, [Period.Parse(period!)], province, city);
                break;
            case RebuildPlanner.Owed:
                // Two plans of owed workbooks at once would both see the same unclaimed files: one at a time.
                owedLock = ExclusiveSection.Enter(context.Store.Store, "satisfaction-plan-owed", TimeSpan.FromMinutes(10), cancellation);
                files = [.. store.FilesOwingReports().Except(context.Rebuilds.Claimed(except: rebuildId))];
                savesState = ReportState.Load(context.Folders.Data) != state && !planner.EverythingUnderWay(except: rebuildId);
                request = new ReportRequest(outFolder) { ChangedFiles = savesState ? null : files };
                break;
            default:
                files = store.FilesOwingReports();
                savesState = true;
                request = new ReportRequest(outFolder);
                break;
        }

        using var releasedAtTheEnd = owedLock;
        if (savesState)
        {
            planner.RewritesEverything(rebuildId);
        }

        cancellation.ThrowIfCancellationRequested();
        var stored = context.Cache.Scopes(store, inputs);
        var wanted = ReportJob.Wanted(request, stored, inputs, store);
        var scopes = kind == RebuildPlanner.Owed && files.Count == 0 && !savesState ? [] : WorkbookScopes.Of(stored, request, wanted);
        if (request.City is null)
        {
            var targets = scopes.Select(s => Path.GetFullPath(Target(outFolder, s))).ToHashSet();
            foreach (var removed in StaleWorkbooks.Remove(outFolder, wanted, inputs.Scheme.Period, request.Province, targets))
            {
                JobLog.StaleRemoved(log, removed);
            }
        }

        var message = scopes.Count == 0 ? $"没有符合条件的数据 / no data for {RebuildPlanner.Describe(period ?? "*", province, city)}" : null;
        context.Rebuilds.Planned(rebuildId, scopes.ToDictionary(s => s, _ => string.Empty), files, savesState, message);
        foreach (var workbook in scopes)
        {
            var jobId = context.Client.Enqueue<WorkbookJob>(j => j.Write(rebuildId, workbook.Period, workbook.Province, workbook.City, CancellationToken.None));
            context.Rebuilds.Queued(rebuildId, workbook, jobId);
        }

        JobLog.Planned(log, scopes.Count, files.Count);
        if (scopes.Count == 0)
        {
            Settle(store, files, savesState, inputs, state);
        }
    }

    internal void Settle(IIngestStore store, IReadOnlyCollection<long> files, bool savesState, Cli.ProductInputs inputs, ReportState? state = null)
    {
        if (savesState)
        {
            (state ?? ReportState.Current(inputs.SchemePath, inputs.OutletsPath, context.Folders.Out)).Save(context.Folders.Data);
        }

        store.MarkReported(files);
        JobLog.Settled(log, files.Count);
    }

    private static string Target(string outFolder, WorkbookScope scope) => scope.City is null
        ? ReportPaths.Province(outFolder, scope.Period, scope.Province)
        : ReportPaths.City(outFolder, scope.Period, scope.Province, scope.City);
}

using Hangfire;
using Satisfaction.Analysis.Periods;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// Queues rebuilds: the plan of what files owe (after a scan; coalesced, so a burst of files queues one), a
/// rerun an analyst asks for, and the nightly rebuild of everything. Each is a plan job that lists the
/// workbooks and queues one job per workbook.
/// </summary>
public sealed class RebuildPlanner(Rebuilds rebuilds, PendingJobs pending, IBackgroundJobClient client)
{
    public const string Owed = "owed";
    public const string Rerun = "rerun";
    public const string Everything = "all";
    private const string LastEverything = "last-full-rebuild";

    /// <summary>Queues the plan of owed workbooks unless one is already waiting; returns the rebuild's id.</summary>
    public string QueueOwed()
    {
        string? id = null;
        var job = pending.EnqueueUnlessWaiting("plan-owed", () =>
        {
            id = Rebuilds.NewId();
            var jobId = client.Enqueue<RebuildJob>(j => j.Plan(id, Owed, null, null, null, CancellationToken.None));
            rebuilds.Create(id, Owed, "新文件的报告 / the workbooks new files owe", jobId);
            return jobId;
        });
        return id ?? job;
    }

    /// <summary>
    /// True while a rebuild of every period (which saves the report state when done) other than
    /// <paramref name="except"/> has not finished: a changed scheme, master or out folder is then already being
    /// written everywhere, and planning it again would only repeat the work.
    /// </summary>
    public bool EverythingUnderWay(string? except = null) =>
        pending.Recall(LastEverything) is { } id && id != except && rebuilds.Progress(id) is { Finished: false };

    /// <summary>Records the rebuild that now writes every period and saves the state.</summary>
    public void RewritesEverything(string id) => pending.Remember(LastEverything, id);

    /// <summary>Queues a rerun of a period, a province or a city; returns its id (to follow with <see cref="Rebuilds.Progress"/>).</summary>
    public string QueueRerun(Period period, string? province, string? city)
    {
        var id = Rebuilds.NewId();
        var text = period.ToString();
        var jobId = client.Enqueue<RebuildJob>(j => j.Plan(id, Rerun, text, province, city, CancellationToken.None));
        rebuilds.Create(id, Rerun, Describe(text, province, city), jobId);
        return id;
    }

    public static string Describe(string period, string? province, string? city) =>
        string.Join(' ', new[] { period, province, city }.Where(p => !string.IsNullOrEmpty(p)));
}

using System.Globalization;
using Hangfire;
using Satisfaction.Analysis.Periods;
using Satisfaction.Jobs.Cli.Progress;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// A <c>satisfaction serve</c> host alive on a data folder's job storage (its Hangfire server reported in
/// within the last seconds). A rerun is queued for it instead of being written here, so that the host's
/// workers share the workbooks and the page shows its progress.
/// </summary>
public sealed class RunningHost
{
    private readonly JobStorage _storage;
    private readonly string _server;

    private RunningHost(JobStorage storage, string server)
    {
        _storage = storage;
        _server = server;
    }

    public static RunningHost? Find(string dataFolder, Satisfaction.Ingest.Store.StoreSettings? store = null)
    {
        var storage = new HostStore(FolderCheck.FullPath(dataFolder, FolderRole.Data), store).ExistingJobStorage();
        return storage is not null && HostHeartbeat.LiveServer(storage, TimeProvider.System) is { } server ? new RunningHost(storage, server) : null;
    }

    public async Task<int> RerunAsync(Period period, string? province, string? city, bool wait, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rebuilds = new Rebuilds(_storage, TimeProvider.System);
        var planner = new RebuildPlanner(rebuilds, new PendingJobs(_storage), new BackgroundJobClient(_storage));
        var id = planner.QueueRerun(period, province, city);
        output.WriteLine($"已交给正在运行的服务 {_server}：重新生成 {id}，报告写入该服务的输出目录 / queued for the running host {_server} as rerun {id}; the workbooks go to the host's out folder");
        if (!wait)
        {
            output.WriteLine("加 --wait 可等待完成，或在页面上查看进度 / add --wait to wait for it, or follow it on the page");
            return ExitCodes.Ok;
        }

        var final = await RerunProgressDisplay.FollowAsync(() => rebuilds.Progress(id), output, cancellation).ConfigureAwait(false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{final.Request}: {final.Done}/{final.Total} 个工作簿已写出 / workbook(s) written ({final.State})"));
        foreach (var workbook in final.Workbooks)
        {
            output.WriteLine($"  {workbook.State,-10} {workbook.Period} {workbook.City ?? workbook.Province}  {workbook.Path ?? workbook.Reason}");
        }

        return final.State switch
        {
            RebuildProgress.Succeeded => ExitCodes.Ok,
            RebuildProgress.Empty => Fail(output, final.Message, ExitCodes.BadInput),
            _ => Fail(output, final.Message, ExitCodes.Failed),
        };
    }

    private static int Fail(TextWriter output, string? message, int code)
    {
        if (message is not null)
        {
            output.WriteLine(message);
        }

        return code;
    }
}

using Hangfire;
using Microsoft.Extensions.Hosting;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// The recurring jobs (the inbox scan, the nightly rebuild), registered from the settings on every start,
/// and one scan at start for whatever arrived, and whatever workbooks were owed, while no host ran.
/// </summary>
public sealed class Schedules(WorkContext context, HostSettings settings) : IHostedService
{
    public const string ScanId = "scan-inbox";
    public const string RebuildId = "nightly-rebuild";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var recurring = new RecurringJobManager(context.Storage);
        recurring.AddOrUpdate<InboxScanJob>(ScanId, j => j.Scan(CancellationToken.None), settings.ScanCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });
        recurring.AddOrUpdate<RebuildJob>(RebuildId, j => j.Nightly(CancellationToken.None), settings.RebuildCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });
        ScanTrigger.Queue(context);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

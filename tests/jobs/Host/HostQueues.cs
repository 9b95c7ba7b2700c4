using Hangfire.Storage;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>Whether a host's job storage has work in hand or waiting, on any of the host's queues.</summary>
public static class HostQueues
{
    private static readonly string[] Queues = ["ingest", "default", "delivery"];

    /// <summary>
    /// Nothing processing, enqueued or scheduled now and half a second later: a job that finishes by queueing
    /// the next (a scan queueing its workbooks) is never seen as quiet in between.
    /// </summary>
    public static bool Quiet(IMonitoringApi monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var quiet = Idle(monitor);
        Thread.Sleep(500);
        return quiet && Idle(monitor);
    }

    private static bool Idle(IMonitoringApi monitor) =>
        monitor.ProcessingCount() == 0 && monitor.ScheduledCount() == 0 && Queues.All(q => monitor.EnqueuedCount(q) == 0);
}

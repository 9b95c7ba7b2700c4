using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// Queues an inbox scan as soon as a file arrives, instead of waiting for the minute's scan. Events are
/// gathered for a moment, and a scan already waiting to start is not queued again: a burst of files is one
/// scan (which still takes each file only once it has stopped changing).
/// </summary>
public sealed class InboxWatcher(WorkContext context, ILogger<InboxWatcher> log) : IHostedService, IDisposable
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(300);
    private FileSystemWatcher? _watcher;
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new Timer(_ => QueueScan(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(context.Folders.Inbox)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
            IncludeSubdirectories = false,
        };
        _watcher.Created += (_, _) => Arrived();
        _watcher.Renamed += (_, _) => Arrived();
        _watcher.Changed += (_, _) => Arrived();

        // Events were lost (too many at once): a scan sees everything anyway.
        _watcher.Error += (_, e) =>
        {
            JobLog.WatcherLost(log, e.GetException());
            Arrived();
        };
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        _timer?.Change(Timeout.Infinite, Timeout.Infinite);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer?.Dispose();
    }

    private void Arrived() => _timer?.Change(Gather, Timeout.InfiniteTimeSpan);

    private void QueueScan()
    {
        try
        {
            JobLog.ScanQueued(log, ScanTrigger.Queue(context));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The minute's scan still comes; a watcher must never bring the host down.
            JobLog.ScanNotQueued(log, e);
        }
    }
}

/// <summary>Queues a scan of the inbox unless one is already waiting to start.</summary>
public static class ScanTrigger
{
    public static string Queue(WorkContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Pending.EnqueueUnlessWaiting("scan", () => context.Client.Enqueue<InboxScanJob>(j => j.Scan(CancellationToken.None)));
    }
}

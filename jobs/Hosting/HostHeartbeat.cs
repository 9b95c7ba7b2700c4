using Hangfire;

namespace Satisfaction.Jobs.Hosting;

/// <summary>Whether a host is serving a storage now: one of its Hangfire servers has reported in lately.</summary>
public static class HostHeartbeat
{
    /// <summary>How often each host reports in.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>A host silent for this long is taken for gone (stopped servers remove themselves at once).</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromSeconds(20);

    /// <summary>The name of a live server, or null when none is.</summary>
    public static string? LiveServer(JobStorage storage, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        return storage.GetMonitoringApi().Servers()
            .Where(s => s.Heartbeat is { } beat && now - DateTime.SpecifyKind(beat, DateTimeKind.Utc) < Silence)
            .Select(s => s.Name)
            .FirstOrDefault();
    }
}

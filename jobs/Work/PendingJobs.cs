using Hangfire;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// Coalesces triggers: a job of a kind (the inbox scan, the plan of owed workbooks) is queued only when none
/// of that kind is already waiting to start, so that a burst of arriving files queues one scan and one
/// rebuild, not one per file. The waiting job, when it starts, picks up everything that arrived meanwhile.
/// </summary>
public sealed class PendingJobs(JobStorage storage)
{
    private const string Hash = "satisfaction:pending";
    private static readonly string[] Waiting = ["Enqueued", "Scheduled", "Awaiting"];

    /// <summary>Queues a job through <paramref name="enqueue"/> unless one of this kind is waiting; returns its id, or the waiting one's.</summary>
    public string EnqueueUnlessWaiting(string kind, Func<string> enqueue)
    {
        ArgumentNullException.ThrowIfNull(enqueue);
        using var connection = storage.GetConnection();
        using var gate = connection.AcquireDistributedLock(Hash + ":" + kind, TimeSpan.FromSeconds(30));
        if (connection.GetAllEntriesFromHash(Hash)?.GetValueOrDefault(kind) is { Length: > 0 } waiting && connection.GetStateData(waiting)?.Name is { } state && Waiting.Contains(state))
        {
            return waiting;
        }

        var id = enqueue();
        connection.SetRangeInHash(Hash, [new(kind, id)]);
        return id;
    }

    /// <summary>Keeps a small value (e.g. the last rebuild of a kind) where every host can read it.</summary>
    public void Remember(string name, string value)
    {
        using var connection = storage.GetConnection();
        connection.SetRangeInHash(Hash, [new(name, value)]);
    }

    public string? Recall(string name)
    {
        using var connection = storage.GetConnection();
        return connection.GetAllEntriesFromHash(Hash)?.GetValueOrDefault(name);
    }
}

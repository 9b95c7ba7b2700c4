using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// The host's job for one delivery (one workbook, one office, one channel), queued by the workbook job that
/// wrote it. A failure is recorded and thrown, so Hangfire retries it after the configured delays
/// (<c>Host:RetryDelays</c>); each delivery is its own job, so one office's failing mail server or full disk
/// holds back nobody else's. Safe to run twice: content already delivered is not delivered again.
/// </summary>
public sealed class DeliveryJob(WorkContext context, DeliverySettings settings, ILogger<DeliveryJob> log)
{
    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(2);

    [Queue("delivery")]
    public void Deliver(DeliveryRequest request, PerformContext? perform, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = log.BeginScope(new Dictionary<string, object?> { ["Job"] = "delivery", ["Scope"] = request.Workbook, ["Office"] = request.Office, ["Channel"] = request.Channel.Stored() });
        var attempt = (perform?.GetJobParameter<int?>("RetryCount") ?? 0) + 1;
        var deliverer = new Deliverer(settings, context.Folders.Out, () => DeliveryLogs.Open(context.Store.Store), context.Time)
        {
            Exclusive = key => ExclusiveSection.Enter(context.Store.Store, key, LockPatience, cancellation),
        };
        var result = deliverer.Deliver(request, attempt, cancellation);
        switch (result.Kind)
        {
            case DeliveryResultKind.Delivered:
                DeliveryLog.Delivered(log, request.Workbook, request.Office, request.Channel.Stored(), result.Recorded!.Target);
                break;
            case DeliveryResultKind.Skipped:
                DeliveryLog.Skipped(log, request.Workbook, request.Office, request.Channel.Stored());
                break;
            case DeliveryResultKind.Dropped:
                DeliveryLog.Dropped(log, request.Workbook, request.Office, result.Reason ?? string.Empty);
                break;
            default:
                DeliveryLog.Failed(log, request.Workbook, request.Office, request.Channel.Stored(), attempt, result.Recorded?.Error ?? string.Empty);
                throw new DeliveryFailedException($"the delivery of {request.Workbook} to {request.Office} by {request.Channel.Stored()} failed: {result.Recorded?.Error}", result.Failure!);
        }
    }
}

/// <summary>A delivery attempt that failed (already recorded); thrown so that Hangfire retries it.</summary>
public sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

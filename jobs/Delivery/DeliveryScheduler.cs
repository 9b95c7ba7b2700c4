using Hangfire;
using Microsoft.Extensions.Logging;
using Satisfaction.Jobs.Reporting;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Delivery;

/// <summary>Queues, in the host, the deliveries a workbook just written owes: one job per office and channel.</summary>
public sealed class DeliveryScheduler(WorkContext context, DeliverySettings settings, ILogger<DeliveryScheduler> log)
{
    public int Schedule(WrittenScope written)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (!settings.Enabled)
        {
            return 0;
        }

        var requests = DeliveryPlan.For(settings, context.Folders.Out, written);
        foreach (var request in requests)
        {
            context.Client.Enqueue<DeliveryJob>(j => j.Deliver(request, null, CancellationToken.None));
        }

        if (requests.Count > 0)
        {
            DeliveryLog.Queued(log, requests.Count, requests[0].Workbook);
        }

        return requests.Count;
    }
}

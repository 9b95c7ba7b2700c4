namespace Satisfaction.Jobs.Delivery;

/// <summary>A recorded attempt as JSON, the same for <c>status --deliveries --json</c> and <c>/api/deliveries</c>.</summary>
public static class DeliveryJson
{
    public static object Of(DeliveryAttempt a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new
        {
            id = a.Id,
            office = a.Office,
            channel = a.Channel.Stored(),
            period = a.Period,
            workbook = a.Workbook,
            sha256 = a.Sha256,
            contentHash = a.ContentHash,
            target = a.Target,
            attemptedUtc = a.AttemptedUtc,
            outcome = a.Outcome == DeliveryOutcome.Delivered ? "delivered" : "failed",
            attempt = a.Attempt,
            error = a.Error,
        };
    }
}

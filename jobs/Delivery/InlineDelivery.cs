using System.Globalization;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// Delivery in the one-shot commands (<c>run</c>, and <c>rerun</c> without a host): the same deliveries as the
/// host's jobs, one after the other once the workbooks are in place, each failure recorded and listed without
/// waiting for retries; the exit status does not change. The next write of a workbook (the next run that owes
/// it, or a rerun) delivers what failed, and only that.
/// </summary>
public static class InlineDelivery
{
    public static IReadOnlyList<DeliveryResult> Run(DeliverySettings settings, string outFolder, StoreSettings store, IEnumerable<WrittenScope> written, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(written);
        if (!settings.Enabled)
        {
            return [];
        }

        var deliverer = new Deliverer(settings, outFolder, () => DeliveryLogs.Open(store), TimeProvider.System) { Checkpoint = FaultInjection.FromEnvironment() };
        var results = new List<DeliveryResult>();
        foreach (var request in written.SelectMany(w => DeliveryPlan.For(settings, outFolder, w)).ToList())
        {
            results.Add(deliverer.Deliver(request, attempt: 1, cancellation));
        }

        return results;
    }

    public static void Print(TextWriter output, IReadOnlyList<DeliveryResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return;
        }

        var delivered = results.Count(r => r.Kind == DeliveryResultKind.Delivered);
        var failed = results.Where(r => r.Kind == DeliveryResultKind.Failed).ToList();
        var skipped = results.Count(r => r.Kind == DeliveryResultKind.Skipped);
        output.WriteLine();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"投递：送达 {delivered}，失败 {failed.Count}，内容未变未重发 {skipped} / deliveries: {delivered} delivered, {failed.Count} failed, {skipped} not sent again (content unchanged)"));
        foreach (var failure in failed)
        {
            output.WriteLine($"  投递失败 / failed: {failure.Request.Office} {failure.Request.Channel.Stored()} {failure.Request.Workbook}: {failure.Recorded?.Error}");
        }

        if (failed.Count > 0)
        {
            var first = failed[0].Request.Figures;
            output.WriteLine(
                $"  失败已记录（satisfaction status --deliveries）；重新生成该报告会补投，已送达的不会重复 / recorded (satisfaction status --deliveries); rewriting a workbook delivers what failed, and only that: "
                + $"satisfaction rerun --period {first.Period}{(first.City is null ? string.Empty : " --city " + first.City)}");
        }
    }
}

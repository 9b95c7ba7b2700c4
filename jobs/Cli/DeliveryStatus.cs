using System.Globalization;
using System.Text.Json;
using Satisfaction.Jobs.Delivery;

namespace Satisfaction.Jobs.Cli;

/// <summary><c>satisfaction status --deliveries</c>: the newest delivery attempts, what went where and every failure.</summary>
public static class DeliveryStatus
{
    public static void Print(TextWriter output, IDeliveryLog log, int limit, bool json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);
        var recent = log.Recent(limit);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(recent.Select(DeliveryJson.Of), options));
            return;
        }

        if (recent.Count == 0)
        {
            output.WriteLine("还没有投递记录 / no delivery recorded yet (offices are set in Satisfaction:Delivery)");
            return;
        }

        output.WriteLine("attempted (UTC)      outcome    office        channel  try  workbook → target");
        foreach (var a in recent)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{a.AttemptedUtc:yyyy-MM-dd HH:mm:ss}  {(a.Outcome == DeliveryOutcome.Delivered ? "delivered" : "FAILED"),-9}  {Pad(a.Office, 12)}  {a.Channel.Stored(),-7}  {a.Attempt,3}  {a.Workbook} → {a.Target}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,21}sha256 {a.Sha256}"));
            if (a.Error is { Length: > 0 } error)
            {
                output.WriteLine($"{string.Empty,21}· {error}");
            }
        }

        var (delivered, failed) = log.Totals();
        output.WriteLine();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"共 {delivered + failed} 次投递尝试：送达 {delivered}，失败 {failed}（此处显示最新的 {recent.Count} 次） / {delivered + failed} attempt(s): {delivered} delivered, {failed} failed (the newest {recent.Count} shown; --limit N for more)"));
    }

    // Chinese characters take two columns in a terminal.
    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - text.Sum(ch => ch > 0x2E80 ? 2 : 1)));
}

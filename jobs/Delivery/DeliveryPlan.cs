using System.Security.Cryptography;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Delivery;

/// <summary>The deliveries one written workbook owes: one per office it belongs to and channel that office has.</summary>
public static class DeliveryPlan
{
    public static IReadOnlyList<DeliveryRequest> For(DeliverySettings settings, string outFolder, WrittenScope written)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(written);
        var offices = settings.OfficesFor(written.Province, written.City).ToList();
        if (offices.Count == 0)
        {
            return [];
        }

        // The bytes as written now: a delivery that finds other bytes leaves them to the newer workbook's own delivery.
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(written.Path)));
        var relative = Path.GetRelativePath(outFolder, written.Path);
        var figures = DeliveryFigures.Of(written.Period, written.Province, written.City, written.Summary);
        return [.. offices.SelectMany(o => o.Channels().Select(c => new DeliveryRequest(o.Key, c, relative, sha256, figures)))];
    }
}

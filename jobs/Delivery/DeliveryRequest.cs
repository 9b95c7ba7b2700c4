namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// One delivery: one workbook to one office by one channel. <see cref="Workbook"/> is relative to the out
/// folder; <see cref="Sha256"/> is of the bytes the workbook job wrote, so a delivery that finds the workbook
/// rewritten since leaves it to the delivery of the newer one (whose figures match it).
/// </summary>
public sealed record DeliveryRequest(string Office, DeliveryChannel Channel, string Workbook, string Sha256, DeliveryFigures Figures)
{
    public string WorkbookName => Path.GetFileName(Workbook);
}

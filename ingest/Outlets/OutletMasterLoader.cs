namespace Satisfaction.Ingest.Outlets;

/// <summary>
/// Loads the outlet master from CSV or XLSX (columns 省分, 地市, 营业厅编码, 营业厅名称, 别名 split on '|',
/// optional 级别). Codes are kept as text. Throws <see cref="OutletMasterException"/> listing every problem.
/// </summary>
public static class OutletMasterLoader
{
    public static OutletMaster Load(string path) => throw new NotImplementedException();
}

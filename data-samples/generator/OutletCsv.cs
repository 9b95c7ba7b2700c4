using System.Text;
using CsvHelper;
using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Samples;

/// <summary>
/// Reads and writes the outlet master as the samples keep it (data-samples/outlets.csv: UTF-8 with BOM, columns
/// 省分, 地市, 营业厅编码, 营业厅名称, 别名 split on '|', 级别). Codes stay text. For samples and tests; the product
/// reads masters with its own loader.
/// </summary>
public static class OutletCsv
{
    public static IReadOnlyList<Outlet> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { Separator = ',', HasHeader = true, SkipEmptyLines = true }, leaveOpen: false);
        var outlets = new List<Outlet>();
        while (csv.Read())
        {
            var aliases = csv.GetString("别名").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var level = csv.GetString("级别");
            outlets.Add(new Outlet(
                csv.GetString("省分"),
                csv.GetString("地市"),
                csv.GetString("营业厅编码"),
                csv.GetString("营业厅名称"),
                aliases,
                string.IsNullOrWhiteSpace(level) ? null : level));
        }

        return outlets;
    }
}
